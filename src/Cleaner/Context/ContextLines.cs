using System;
using Cleaner.Pipeline;
using Cleaner.Segmentation;

namespace Cleaner.Context;

/// <summary>
/// Where a context rule looks: the text of a line as the classifiers saw it, and the nearest kept or non-blank line
/// before or after another.
/// </summary>
internal static class ContextLines
{
    /// <summary>The text of line <paramref name="index"/> as the classifiers saw it (white space trimmed at both ends).</summary>
    internal static ReadOnlySpan<char> LineText(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, int index)
    {
        ReadOnlySpan<char> line = text.Slice(segments[index].Start, segments[index].Length);
        int start = 0;
        while (start < line.Length && LineScanner.IsSpace(line[start]))
        {
            start++;
        }

        return line[start..];
    }

    /// <summary>The nearest kept, non-blank line before <paramref name="index"/>, or -1.</summary>
    internal static int PreviousKept(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index - 1; j >= 0; j--)
        {
            if (!lines[j].Skipped && !lines[j].Removed)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The nearest kept, non-blank line after <paramref name="index"/>, or -1.</summary>
    /// <summary>Whether the kept lines on both sides of <paramref name="index"/> are clearly body (a subheading's place).</summary>
    internal static bool IsBetweenBodyLines(ReadOnlySpan<LineDecision> lines, int index)
    {
        int before = PreviousKept(lines, index);
        int after = NextKept(lines, index);
        return before >= 0 && after >= 0 && lines[before].Good && lines[after].Good;
    }

    internal static int NextKept(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index + 1; j < lines.Length; j++)
        {
            if (!lines[j].Skipped && !lines[j].Removed)
            {
                return j;
            }
        }

        return -1;
    }

    internal static int PreviousContent(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index - 1; j >= 0; j--)
        {
            if (!lines[j].Skipped)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a kept clearly-body line among <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive),
    /// other than <paramref name="except"/>, contains <paramref name="word"/>, case ignored: the test of the rules that
    /// ask whether a line speaks of the article's subject.
    /// </summary>
    internal static bool BodyMentions(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, ReadOnlySpan<char> word,
        int from, int to, int except = -1)
    {
        for (int i = from; i < to; i++)
        {
            if (i != except && lines[i].Good && !lines[i].Removed && !lines[i].Skipped &&
                LineText(text, segments, i).Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static int NextContent(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index + 1; j < lines.Length; j++)
        {
            if (!lines[j].Skipped)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The nearest kept, non-blank line after <paramref name="index"/> that the edge pass will not remove (a weak verdict
    /// strong at the edges, such as a lone date, is passed over), or -1.
    /// </summary>
    internal static int NextKeptPastStamps(ReadOnlySpan<LineDecision> lines, int index, float threshold, ResidueKindSet removable)
    {
        int next = NextKept(lines, index);
        while (next >= 0 && lines[next].Verdict.Rule is { EdgeScore: > 0f } rule && rule.EdgeScore >= threshold &&
               removable.Contains(lines[next].Verdict.Kind))
        {
            next = NextKept(lines, next);
        }

        return next;
    }

    /// <summary>
    /// Whether line <paramref name="index"/> is the last non-blank line of the text: there a headline-shaped line may
    /// be the story's last sentence cut off by the scraper or the excerpt ("The mayor said the city would begin"), so
    /// alone it goes only when written in title case, as headlines are and prose never is.
    /// </summary>
    internal static bool EndsTheText(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int j = index + 1; j < lines.Length; j++)
        {
            if (!lines[j].Skipped || lines[j].Unclassified)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a line ends in an ellipsis: a teaser the page cut off ("… para o ato de inau...", "… the Marauders were…").</summary>
    internal static bool IsCutOff(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, int index)
    {
        ReadOnlySpan<char> line = LineText(text, segments, index).TrimEnd();
        return line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith("…", StringComparison.Ordinal) ||
               line.EndsWith("[…]", StringComparison.Ordinal) || line.EndsWith("[...]", StringComparison.Ordinal);
    }

    /// <summary>A kept line that a classifier labelled as a kind that is not removed (a byline, a source line).</summary>
    internal static bool IsLabel(in LineDecision line, float threshold) =>
        line.Verdict.Rule is not null && line.Verdict.Kind != ResidueKind.None && line.Verdict.Score >= threshold;

    internal static bool IsRemovedCaption(in LineDecision line) =>
        line.Removed && line.Verdict.Rule is { Kind: ResidueKind.Caption };
}
