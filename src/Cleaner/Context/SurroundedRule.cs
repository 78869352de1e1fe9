using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// A short run of undecided short lines between residue lines (or between residue and the end) is residue.
/// </summary>
internal static class SurroundedRule
{
    /// <summary>A line removed because residue surrounds it.</summary>
    public static readonly ResidueRule Surrounded = new("context.surrounded", ResidueKind.None,
        "A short undecided line inside a run of residue.");

    internal static void AbsorbSurroundedRuns(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        int maxRun)
    {
        int previousContent = -1;
        bool seenGood = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped)
            {
                continue;
            }

            seenGood |= lines[i].Good && !lines[i].Removed;

            if (!IsShortUndecided(features[i], lines[i]))
            {
                previousContent = i;
                continue;
            }

            // A run of short undecided lines starts here; find its end.
            int runStart = i;
            int runLength = 0;
            int end = i;
            for (int j = i; j < lines.Length; j++)
            {
                if (lines[j].Skipped)
                {
                    continue;
                }

                if (!IsShortUndecided(features[j], lines[j]))
                {
                    break;
                }

                runLength++;
                end = j;
            }

            int after = NextContent(lines, end);
            bool residueBefore = previousContent >= 0 && lines[previousContent].Removed;
            bool residueAfter = after < 0 || lines[after].Removed;
            if (residueBefore && residueAfter && runLength <= maxRun)
            {
                Verdict neighbour = lines[previousContent].Verdict;
                for (int j = runStart; j <= end; j++)
                {
                    // Above the article's first paragraph, under a widget or a marker, the article's own headline stays.
                    if (!lines[j].Skipped && !(!seenGood && ArticleHead.IsArticleHeadline(text, segments, features, lines, j)))
                    {
                        lines[j].Removed = true;
                        lines[j].Verdict = new Verdict(neighbour.Kind, 0.55f, Surrounded);
                    }
                }
            }

            previousContent = end;
            i = end;
        }
    }
}
