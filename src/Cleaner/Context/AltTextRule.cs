using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A picture's alternative text and caption under a list item's heading, both repeating it.
/// </summary>
internal static class AltTextRule
{
    /// <summary>A picture's alternative text and caption under a heading, both repeating it.</summary>
    public static readonly ResidueRule AltText = new("context.alt-text", ResidueKind.None,
        "Two identical short lines in a row that repeat the end of the heading above them ('30. Argentine Patagonia' then " +
        "'Argentine Patagonia' twice): the picture's alternative text and its caption, scraped under the list item's heading.");

    /// <summary>
    /// "30. Argentine Patagonia" / "Argentine Patagonia" / "Argentine Patagonia": two identical kept lines in a row (eight
    /// words at most, no sentence end) whose text closes the kept line just above them (a list item's heading) are the
    /// picture's alternative text and caption. A heading repeated once stays (a standfirst may open with it).
    /// </summary>
    internal static void RemoveEchoedAltText(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            LineFeatures f = features[i];
            if (lines[i].Skipped || lines[i].Removed || f.Words is 0 or > 8 || f.EndsSentence)
            {
                continue;
            }

            int twin = NextKept(lines, i);
            int heading = PreviousKept(lines, i);
            if (twin < 0 || heading < 0)
            {
                continue;
            }

            ReadOnlySpan<char> own = LineText(text, segments, i).TrimEnd();
            ReadOnlySpan<char> above = LineText(text, segments, heading).TrimEnd();
            if (!LineText(text, segments, twin).TrimEnd().SequenceEqual(own) || above.Length <= own.Length ||
                !above.EndsWith(own, StringComparison.Ordinal) || above[^(own.Length + 1)] is not (' ' or '.'))
            {
                continue;
            }

            for (int k = i; k <= twin; k += twin - i)
            {
                lines[k].Removed = true;
                lines[k].Verdict = new Verdict(ResidueKind.Caption, 0.6f, AltText);
            }
        }
    }
}
