using System;
using Cleaner.Pipeline;
using Cleaner.Segmentation;

namespace Cleaner.Context;

/// <summary>
/// Layouts of article content that a context rule takes for residue when it looks at one line and its neighbours: the
/// guards a rule asks before it removes. Each names a family of pages (a report in dated sections, a list of results),
/// never a string from one page.
/// </summary>
internal static class BodyLayout
{
    /// <summary>
    /// "CATTLE SALE" / "Monday, 4 August" / … / "SHEEP SALE" / "Tuesday, 5 August" / …: a report in sections, each opened
    /// by its date on a line of its own. The first such date stands above the first paragraph, where a lone date usually
    /// stamps the page; another lone date of the same weak verdict, still kept further down after clearly-body lines
    /// and followed by one, shows that dates head the article's sections here.
    /// </summary>
    internal static bool HeadsDatedSection(ReadOnlySpan<LineDecision> lines, int index)
    {
        Verdict date = lines[index].Verdict;
        bool body = false;
        for (int j = index + 1; j < lines.Length; j++)
        {
            ref readonly LineDecision line = ref lines[j];
            if (line.Skipped || line.Removed)
            {
                continue;
            }

            if (line.Good)
            {
                body = true;
                continue;
            }

            if (body && line.Verdict.Rule == date.Rule && line.Verdict.Score == date.Score && FollowedByBody(lines, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a clearly-body line follows line <paramref name="index"/> within its section's next few kept lines.</summary>
    private static bool FollowedByBody(ReadOnlySpan<LineDecision> lines, int index)
    {
        int seen = 0;
        for (int j = index + 1; j < lines.Length && seen < 3; j++)
        {
            if (lines[j].Skipped || lines[j].Removed)
            {
                continue;
            }

            if (lines[j].Good)
            {
                return true;
            }

            seen++;
        }

        return false;
    }
    /// <summary>
    /// A listing page (a tag's, a section's, a reviewer's archive): headline and teaser after headline and teaser, the
    /// teasers cut off with an ellipsis, starting near the top of the page (under a tag or section label), and no article
    /// anywhere but at most one clearly-body line that is not cut off (the first entry's teaser, short enough to be
    /// whole). Other stories' teasers beside an article have its paragraphs above or below them, and a bare list of
    /// teasers with no headlines between them is a widget's.
    /// </summary>
    internal static bool IsListingPage(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int runStart, int runEnd, int teasers)
    {
        int above = 0;
        int headlines = 0;
        int paragraphs = 0;
        for (int j = 0; j < lines.Length; j++)
        {
            if (lines[j].Skipped || lines[j].Removed)
            {
                continue;
            }

            bool cut = ContextLines.IsCutOff(text, segments, j);
            if (lines[j].Good && !cut && ++paragraphs > 1)
            {
                return false;
            }

            if (j < runStart && ++above > MaxListingHead)
            {
                return false;
            }

            if (j > runStart && j < runEnd && !cut && !lines[j].Good)
            {
                headlines++;
            }
        }

        return headlines >= teasers - 1;
    }

    /// <summary>How many kept lines may stand above a listing's first teaser (labels, the first entry's headline and teaser).</summary>
    private const int MaxListingHead = 6;

    /// <summary>
    /// "Wettingen" / "7-jähriger Junge angefahren" / "Auf der Landstrasse Wettingen wurde …", "ANTRIM" / … "in Antrim …",
    /// "Melancholia ****" / a review of Melancholia: a word at the top of the page that the article's paragraphs name,
    /// as a whole word (case aside), is the story's place, subject or title (a kicker), not the site's section or menu.
    /// </summary>
    internal static bool IsNamedByArticle(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int line)
    {
        ReadOnlySpan<char> word = ContextLines.LineText(text, segments, line).Trim();
        int end = 0;
        while (end < word.Length && (char.IsLetter(word[end]) || word[end] == '-'))
        {
            end++;
        }

        word = word[..end];
        if (word.Length < 4)
        {
            return false;
        }

        for (int i = line + 1; i < lines.Length; i++)
        {
            if (lines[i].Good && !lines[i].Removed && !lines[i].Skipped && ContainsWord(ContextLines.LineText(text, segments, i), word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="line"/> as a whole word, case ignored.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> line, ReadOnlySpan<char> word)
    {
        int from = 0;
        while (from < line.Length)
        {
            int at = line[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int after = at + word.Length;
            if ((at == 0 || !char.IsLetter(line[at - 1])) && (after >= line.Length || !char.IsLetter(line[after])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
    /// <summary>
    /// "Amazing Grace" / "Amazing Grace" / "Photo: …" / "The 115 foot long fishing vessel Amazing Grace ran aground …": a
    /// post's title scraped twice over its picture's credit, whose paragraph names it word for word. A menu or a tag list
    /// is not written twice, and a caption's words are not the paragraph's.
    /// </summary>
    internal static bool IsRepeatedTitleOfParagraph(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int runStart, int runEnd)
    {
        ReadOnlySpan<char> title = ContextLines.LineText(text, segments, runStart).Trim();
        int copies = 0;
        for (int j = runStart; j <= runEnd; j++)
        {
            if (lines[j].Skipped)
            {
                continue;
            }

            if (!ContextLines.LineText(text, segments, j).Trim().SequenceEqual(title))
            {
                return false;
            }

            copies++;
        }

        if (copies < 2 || title.Length < 4)
        {
            return false;
        }

        // The paragraph under the credit (a removed line or two) names the title.
        int passed = 0;
        for (int j = runEnd + 1; j < lines.Length && passed <= 2; j++)
        {
            if (lines[j].Skipped)
            {
                continue;
            }

            if (lines[j].Good)
            {
                return ContainsWord(ContextLines.LineText(text, segments, j), title);
            }

            passed++;
        }

        return false;
    }
}
