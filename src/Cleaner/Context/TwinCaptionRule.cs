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
    /// <item>they stand on consecutive lines, a blank line above and below them (see <see cref="IsFramedPair"/>), or</item>
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
            // A one-sentence caption framed as a block of its own passes ("Cleveland's Larry Nance Jr. dunks against the
            // Orlando Magic on Sunday in the first half of an NBA game in Cleveland." twice).
            if (first || line.Removed || f.Words is < 2 or > 60 || f.Length > 400 || line.Verdict.Kind == ResidueKind.Attribution ||
                line.Good && f.EndsSentence && !IsFramedSentence(text, segments, lines, features, i))
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
            if (!credit && !picture && !(IsFramedPair(lines, i, twin) && !IsName(LineText(text, segments, i), f)) &&
                !EndsWithBracketedSource(LineText(text, segments, i)) ||
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

    /// <summary>
    /// "Train station" over "Train station", a blank line above and below, in a page whose paragraphs blank lines part:
    /// the two copies stand on consecutive lines with nothing between them, as a picture's alternative text and its
    /// caption are scraped, a block of their own. A paragraph or a heading scraped twice is parted from its copy like
    /// any other paragraph, or stands in a page that parts no paragraph with a blank line.
    /// </summary>
    /// <remarks>
    /// The test reads the text as the output will show it, so that cleaning the output again finds no pair the first pass
    /// did not: removed lines vanish, and a blank line stands between two kept lines where the input had one between them.
    /// </remarks>
    private static bool IsFramedPair(ReadOnlySpan<LineDecision> lines, int first, int second)
    {
        if (HasBlankBetween(lines, first, second))
        {
            return false;
        }

        int above = PreviousKept(lines, first);
        int below = NextKept(lines, second);
        return (above < 0 || HasBlankBetween(lines, above, first)) && (below < 0 || HasBlankBetween(lines, second, below));
    }

    /// <summary>
    /// "Christina d'souza" twice over "38 Min Read", "KNVB Media" twice: a name of two or three words, each capitalised
    /// (or holding an apostrophe), no stopword: the author's picture and name over the byline's date, which a framed pair
    /// alone does not tell from a caption.
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> line, in LineFeatures features)
    {
        if (features.Words is < 2 or > 3 || features.Stopwords > 0 || features.NumericWords > 0 || features.Length > 40)
        {
            return false;
        }

        foreach (ReadOnlySpan<char> word in new SpanParts(line.Trim(), " "))
        {
            if (!word.IsEmpty && !char.IsUpper(word[0]) && word.IndexOfAny('\'', '’') < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a blank line lies strictly between lines <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool HasBlankBetween(ReadOnlySpan<LineDecision> lines, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (lines[k].Skipped && !lines[k].Unclassified)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether line <paramref name="index"/> is one sentence of forty words at most, repeated on the next kept line as a framed
    /// pair: the caption of a picture desk ends like a sentence too. Two sentences or more are the story's paragraph.
    /// </summary>
    private static bool IsFramedSentence(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, ReadOnlySpan<LineFeatures> features,
        int index)
    {
        int next = NextKept(lines, index);
        if (features[index].Words > 40 || next < 0 || !IsFramedPair(lines, index, next))
        {
            return false;
        }

        ReadOnlySpan<char> line = LineText(text, segments, index).TrimEnd();
        if (!line.SequenceEqual(LineText(text, segments, next).TrimEnd()))
        {
            return false;
        }

        // A sentence end inside the line: a stop, then a space and a capital ("Jr. dunks" goes on in lower case).
        for (int k = 0; k + 2 < line.Length - 1; k++)
        {
            if (line[k] is '.' or '!' or '?' && line[k + 1] == ' ' && char.IsUpper(line[k + 2]))
            {
                return false;
            }
        }

        return true;
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
