using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// A section label ("Local News") as the first line, over the headline and the article.
/// </summary>
internal static class SectionLabelRule
{
    /// <summary>A section label standing above the article's headline at the top of the page.</summary>
    public static readonly ResidueRule SectionLabel = new("context.section-label", ResidueKind.None,
        "A section or desk label above the headline at the top of the page ('Local News', 'POLÍCIA', 'Ausland').");

    /// <summary>A lone word at the top of the page, above the article.</summary>
    public static readonly ResidueRule TopWord = new("context.top-word", ResidueKind.None,
        "A line of one word at the very top of the page, above the article: a section, a menu item or the site's name " +
        "('Cronaca', 'Concerts', 'Basisteam', 'Tag').");

    /// <summary>The longest lone word taken for a label at the top.</summary>
    private const int MaxTopWordLength = 24;

    /// <summary>
    /// "Cronaca", "Concerts", "Basisteam", "Tag", "&lt;" as the first lines of the page: a line of one word (or a mark)
    /// with no digit and no sentence end, above the article's first clearly-body line, is a section, a menu item or the
    /// site's name: a headline has more words. Lines of one word in a row at the top all go. A word in a script without
    /// spaces (Chinese, Japanese) may be a whole headline or paragraph, and stays.
    /// </summary>
    internal static void RemoveTopWords(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int last = -1;
        int i = NextKept(lines, -1);
        for (; i >= 0; i = NextKept(lines, i))
        {
            LineFeatures f = features[i];
            if (f.Words > 1 || f.Length > MaxTopWordLength || f.Digits > 0 || f.EndsSentence || lines[i].Good ||
                !IsSpacedScript(LineText(text, segments, i)))
            {
                break;
            }

            last = i;
        }

        // The article must follow: its first clearly-body line.
        bool article = false;
        for (int j = i; j >= 0 && !article; j = NextKept(lines, j))
        {
            article = lines[j].Good;
        }

        if (last < 0 || !article || IsOneWordHeadline(text, segments, features, lines, last) ||
            BodyLayout.IsNamedByArticle(text, segments, lines, last))
        {
            return;
        }

        for (int j = NextKept(lines, -1); j >= 0 && j <= last; j = NextKept(lines, j))
        {
            lines[j].Removed = true;
            lines[j].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, TopWord);
        }
    }

    /// <summary>
    /// "Brexit" over "The prime minister's plan was defeated by 230 votes on Tuesday night.": a plain word (a capital,
    /// then small letters), alone at the top with nothing removed above or below it, directly over a line that ends like
    /// a sentence, may be a one-word headline over its standfirst or first paragraph. A site's name ("StrettoWeb"), a
    /// mark ("&lt;") or a word under a removed menu line is not.
    /// </summary>
    private static bool IsOneWordHeadline(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines, int word)
    {
        int next = NextContent(lines, word);
        if (PreviousContent(lines, word) >= 0 || next < 0 || lines[next].Removed || !features[next].EndsSentence)
        {
            return false;
        }

        ReadOnlySpan<char> line = LineText(text, segments, word).TrimEnd();
        if (line.Length < 2 || !char.IsUpper(line[0]))
        {
            return false;
        }

        foreach (char c in line[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every letter of the line is of a script that separates its words with spaces (below U+0530).</summary>
    private static bool IsSpacedScript(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (c >= '\u0530' && char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Local News" over "Council votes to cut library budget" over the story: the first kept line of the page, one or two
    /// words (three in capitals) with no digit and no sentence end, directly above a headline-shaped line that a
    /// clearly-body line follows, is the section the page files the story under. The article's own headline is the
    /// line under it; a one- or two-word headline is rare, and then it stands over a standfirst that ends like a
    /// sentence, not over another headline. The headline may be in title case ("Fire Dept. Wants Friends, Followers,
    /// Tweets") when it has four words or more, the label may open with a guillemet ("» Polícia"), and a standfirst
    /// (six words or more) or a kept label (a byline) may stand between the headline and the first paragraph. A kicker
    /// over the headline with a one-word section under it ("Rettung behindert" / headline / "Ausland") is not this shape.
    /// </summary>
    internal static void RemoveSectionLabel(
        ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines, float threshold, ResidueKindSet removable)
    {
        // A lone date over the label is passed over as under it: the edge pass removes it later ("Sunday, May 29, 2022"
        // / "Smartphone news" / headline), and cleaning the output, where the label is the first line, must find it too.
        int first = NextKeptPastStamps(lines, -1, threshold, removable);
        if (first < 0)
        {
            return;
        }

        LineFeatures f = features[first];
        bool label = f.Words is 1 or 2 || f.Words == 3 && f.IsAllCaps;
        if (!label || f.Digits > 0 || f.EndsSentence || f.Last is ':' or ',' or ';' ||
            !(char.IsUpper(f.First) || f.First is '»' or '›') || lines[first].Good || lines[first].Verdict.Score > 0f)
        {
            return;
        }

        // A lone date under the label is passed over: the edge pass removes it later ("Civic Register" / "| 11.11.20" /
        // headline), and cleaning the output again must find the same label.
        int headline = NextKeptPastStamps(lines, first, threshold, removable);
        if (headline < 0 || !IsHeadlineShaped(features[headline], lines[headline]) && !IsTitleCaseHeadline(features[headline], lines[headline]))
        {
            return;
        }

        // The first paragraph, past a standfirst and a byline at most.
        int body = NextKeptPastStamps(lines, headline, threshold, removable);
        for (int skipped = 0; body >= 0 && !lines[body].Good && skipped < 2; skipped++)
        {
            if (!IsLabel(lines[body], threshold) && !(features[body].Words >= 6 && features[body].Length <= 400))
            {
                return;
            }

            body = NextKeptPastStamps(lines, body, threshold, removable);
        }

        if (body < 0 || !lines[body].Good)
        {
            return;
        }

        lines[first].Removed = true;
        lines[first].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, SectionLabel);
    }
}
