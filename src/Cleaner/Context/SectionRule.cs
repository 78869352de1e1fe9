using System;
using Cleaner.Classifiers.Footer;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A line that opens a residue section (a comment header, a copyright line, "More stories") takes with it the following
/// lines that are not clearly body, until the article resumes.
/// </summary>
internal static class SectionRule
{
    /// <summary>A line removed because it follows a section opener.</summary>
    public static readonly ResidueRule Section = new("context.section", ResidueKind.None,
        "Follows a line that opens a residue section (comments, footer, other headlines) and is not clearly body.");

    /// <summary>
    /// An opener takes the following lines that are not clearly body, until a clearly-body line or a subheading over
    /// one. A footer line above the article's first paragraph ("© 2024 Example Media LLC. All rights reserved.", a
    /// picture's "© Agency / Name") is a masthead notice or a credit: the headline under it is the article's, so it
    /// opens no section. Neither does a comments link there ("Feeds: Posts / Comments"): readers comment under the
    /// story, and the lines under a masthead's link are the article's title and credits.
    /// </summary>
    internal static void RemoveSections(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
    bool seenGood = false;
    for (int i = 0; i < lines.Length; i++)
    {
        seenGood |= lines[i].Good && !lines[i].Removed;
        if (!lines[i].Removed || lines[i].Verdict.Rule is not { OpensSection: true } opener ||
            !seenGood && opener.Kind is ResidueKind.Footer or ResidueKind.Comments ||
            IsRepeatedItemLink(text, segments, lines, i))
        {
            continue;
        }

        int j = i + 1;
        for (; j < lines.Length; j++)
        {
            ref LineDecision next = ref lines[j];
            if (next.Skipped || next.Removed)
            {
                continue;
            }

            // A teaser cut off by the page ("Temos a honra de convidar a todos para o ato de inau...") is no
            // paragraph of the article, however long: inside a residue section it does not end the section.
            // Above the article's first paragraph, a section heading at the top of the page ("Latest News") stands over
            // the article's own headline, not over other stories.
            // A line with a wire dateline after a picture's credit ("© 2018 Paramount Pictures(LOS ANGELES) -- Light the
            // fuse: …") opens the next story of a feed page, however short the scraper cut it.
            if (next.Good && !IsCutOff(text, segments, j) || IsHeadingBeforeBody(text, segments, features, lines, j) ||
                FooterClassifier.HasGluedDateline(LineText(text, segments, j)) ||
                !seenGood && ArticleHead.IsArticleHeadline(text, segments, features, lines, j))
            {
                break;
            }

            next.Removed = true;
            next.Verdict = new Verdict(opener.Kind, 0.6f, Section);
        }

        i = j - 1;
    }

    // An office's address block closing the page is a footer section with no opener line of its own.
    ContactBlockRule.RemoveClosingBlock(text, segments, features, lines);
    }

    /// <summary>
    /// A listing page's link under each teaser ("(read more)" after every review): when the same link stands higher up
    /// over a line the page keeps (the next item's heading), it closes an item of the page, and the heading after its
    /// last copy is the next item's, cut off by the excerpt, not a list of other stories.
    /// </summary>
    internal static bool IsRepeatedItemLink(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int index)
    {
        if (!lines[index].Removed || lines[index].Verdict.Kind != ResidueKind.RelatedLinks)
        {
            return false;
        }

        return IsRepeatedItemMarker(text, segments, lines, index, sameText: true);
    }

    /// <summary>
    /// Whether a removed line repeats one higher up (the same text, or with <paramref name="sameText"/> false the same
    /// rule: a blog's dates over each post) that stood over a line the page keeps.
    /// </summary>
    internal static bool IsRepeatedItemMarker(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int index, bool sameText)
    {
        ReadOnlySpan<char> link = LineText(text, segments, index).Trim();
        for (int k = index - 1; k >= 0; k--)
        {
            if (lines[k].Removed && lines[k].Verdict.Rule == lines[index].Verdict.Rule &&
                (!sameText || LineText(text, segments, k).Trim().SequenceEqual(link)))
            {
                int after = NextContent(lines, k);
                if (after >= 0 && after < index && !lines[after].Removed)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A short line directly followed by a clearly-body line (not a teaser cut off by the page): a subheading of the article.</summary>
    internal static bool IsHeadingBeforeBody(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines,
        int index)
    {
        int next = NextContent(lines, index);

        // "Man charged over sign" / "By Jane Doe" / the story: a byline may stand between a heading and its body, and so
        // may the author's bare name, an agency and a dateline ("Nikhil Bhardwaj" / "Tribune News Service" / "Ludhiana,
        // August 25"), two lines at most.
        for (int skipped = 0; next >= 0 && skipped < 2; skipped++)
        {
            bool byline = lines[next].Verdict.Kind == ResidueKind.Attribution && features[next].Words <= 12;
            bool head = !lines[next].Removed && !lines[next].Good && IsNameOrDateline(features[next]);
            if (!byline && !head)
            {
                break;
            }

            next = NextContent(lines, next);
        }

        return next >= 0 && lines[next].Good && !lines[next].Removed && features[index].Words <= 12 && !IsCutOff(text, segments, next);
    }

    /// <summary>
    /// A name of two to four capitalised words with no stopword ("Matt Wolf", "Tribune News Service"), or a dateline of a
    /// place and a date ("Ludhiana, August 25"): the head of a story under its heading.
    /// </summary>
    private static bool IsNameOrDateline(in LineFeatures f) =>
        f.Words is >= 2 and <= 4 && !f.EndsSentence && f.Stopwords == 0 && !f.Has(LineMarks.Url | LineMarks.At) &&
        (f.CapitalizedWords == f.Words && f.Digits == 0 || f.CalendarWords > 0 && f.CapitalizedWords + f.NumericWords == f.Words);
}
