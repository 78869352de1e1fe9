using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A picture's caption scraped twice in a row (its alternative text and its caption), told from a paragraph or a
/// headline scraped twice by what stands beside it or in it.
/// </summary>
internal static class TwinCaptionRule
{
    /// <summary>A caption scraped twice in a row, beside a removed credit, closed by a bracketed source or naming a picture.</summary>
    public static readonly ResidueRule TwinCaption = new("context.twin-caption", ResidueKind.None,
        "The same short line twice in a row (the picture's alternative text and its caption) beside a removed caption or " +
        "credit, or closed by a bracketed source ('… Centre County. (WJAC)'), or naming a picture and no sentence " +
        "('Network Rail said this photo showed how the train had derailed').");

    /// <summary>
    /// "Steht in Wolfsburg unter Druck: Trainer Niko Kovac" twice over "Foto: © Jane Doe/dpa": two copies of one line
    /// (sixty words at most), with no kept line or one between them, are a caption scraped twice when
    /// <list type="bullet">
    /// <item>a line a caption rule removed stands just before, between or just after them, or</item>
    /// <item>they close with a short bracketed source ("(WJAC)", "(7 News)"), or</item>
    /// <item>they name a picture ("photo", "image") without ending like a sentence, after the article's first paragraph.</item>
    /// </list>
    /// A headline is scraped twice at the top of the page (title and heading), with no kept line above it, and stays; a
    /// paragraph of clear prose ending like a sentence stays whatever stands beside it.
    /// </summary>
    internal static void RemoveTwinCaptions(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        bool bodySeen = false;
        bool keptSeen = false;
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped)
            {
                continue;
            }

            LineFeatures f = features[i];
            bool first = !keptSeen;
            bool afterBody = bodySeen;
            if (!line.Removed)
            {
                keptSeen = true;
                bodySeen |= line.Good;
            }

            // A byline scraped twice ("By JANE DOE, Associated Press") is the attribution's, not a caption.
            // A paragraph of clear prose ending like a sentence is the story's, scraped twice ("MONTREAL — RCMP in
            // Saskatchewan say …" with the lead picture's caption between its copies).
            if (first || line.Removed || f.Words is < 2 or > 60 || f.Length > 400 || line.Verdict.Kind == ResidueKind.Attribution ||
                line.Good && f.EndsSentence)
            {
                continue;
            }

            // The copies are looked for among the kept lines, as the cleaned text will show them, so that cleaning it
            // again finds no pair the first pass did not.
            int next = NextKept(lines, i);
            int twin = -1;
            for (int candidate = next, step = 0; candidate >= 0 && step < 2; candidate = NextKept(lines, candidate), step++)
            {
                if (Math.Abs(features[candidate].Length - f.Length) <= 2 &&
                    SameCaption(LineText(text, segments, i), LineText(text, segments, candidate)))
                {
                    twin = candidate;
                    break;
                }
            }

            if (twin < 0)
            {
                continue;
            }

            int before = PreviousContent(lines, i);
            int after = NextContent(lines, twin);
            bool credit = before >= 0 && IsRemovedCaption(lines[before]) || after >= 0 && IsRemovedCaption(lines[after]) ||
                          HasRemovedCaptionBetween(lines, i, twin);
            bool picture = afterBody && !f.EndsSentence && f.Words >= 4 && f.Has(WordClass.Picture);
            if (!credit && !picture && !EndsWithBracketedSource(LineText(text, segments, i)) ||
                BodyLayout.IsRepeatedTitleOfParagraph(text, segments, lines, i, twin))
            {
                continue;
            }

            for (int k = i; k <= twin; k += twin - i)
            {
                lines[k].Removed = true;
                lines[k].Verdict = new Verdict(ResidueKind.Caption, 0.6f, TwinCaption);
            }
        }
    }

    private static bool HasRemovedCaptionBetween(ReadOnlySpan<LineDecision> lines, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (IsRemovedCaption(lines[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two lines are the same caption, a stray bracket or space at the end aside ("… bridge" and "… bridge(").</summary>
    private static bool SameCaption(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.TrimEnd(" ([").SequenceEqual(b.TrimEnd(" ([")) && a.TrimEnd(" ([").Length >= 8;

    /// <summary>
    /// "A cornfield at Harner Farm in Centre County. (WJAC)", "Residents warned as bushfire flares up (7 News)": a short
    /// source in brackets closing the line, one to three words each opening with a capital or a digit.
    /// </summary>
    private static bool EndsWithBracketedSource(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> trimmed = line.TrimEnd();
        if (trimmed.Length < 12 || trimmed[^1] != ')')
        {
            return false;
        }

        int open = trimmed.LastIndexOf('(');
        if (open <= 0 || trimmed.Length - open > 28)
        {
            return false;
        }

        ReadOnlySpan<char> inside = trimmed[(open + 1)..^1].Trim();
        if (inside.IsEmpty || inside.Count(' ') > 2)
        {
            return false;
        }

        foreach (ReadOnlySpan<char> word in new SpanParts(inside, " "))
        {
            if (word.IsEmpty || !(char.IsUpper(word[0]) || char.IsAsciiDigit(word[0])))
            {
                return false;
            }
        }

        return true;
    }
}
