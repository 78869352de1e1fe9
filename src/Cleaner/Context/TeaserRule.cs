using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// Lists of other stories' teasers, each cut off with an ellipsis.
/// </summary>
internal static class TeaserRule
{
    /// <summary>A list of other stories' teasers, each cut off with an ellipsis.</summary>
    public static readonly ResidueRule Teasers = new("context.teasers", ResidueKind.None,
        "Three teasers or more (eight words or more) cut off with an ellipsis ('… the club is working…'), close together, with at most two short " +
        "lines (their headlines) between them: a list of other stories. The headline just above the first goes too.");

    /// <summary>
    /// Lists of other stories whose teasers the page cut off with an ellipsis: three such lines or more (eight words or
    /// more each: a short line trailing off is a quotation or dialogue), with at most two
    /// kept lines between one and the next, none of them clearly body unless cut off too. The lines between (the teasers'
    /// headlines) and a short headline-shaped line just above the first teaser go with them. Above the article's first
    /// paragraph the first cut-off line stays (an aggregator's page cuts the article's own lead the same way).
    /// </summary>
    internal static void RemoveTeaserRuns(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int runStart = -1;
        int runEnd = -1;
        int count = 0;
        int gap = 0;
        bool seenGood = false;
        for (int i = NextKept(lines, -1); ; i = NextKept(lines, i))
        {
            // A teaser is a sentence or two; a short line trailing off ("And then…") is a quotation or dialogue.
            bool cut = i >= 0 && features[i].Words >= 8 && IsCutOff(text, segments, i);
            if (i >= 0 && runStart < 0 && !cut && lines[i].Good)
            {
                seenGood = true;
            }

            if (cut)
            {
                runStart = runStart < 0 ? i : runStart;
                runEnd = i;
                count++;
                gap = 0;
                continue;
            }

            bool ends = i < 0 || lines[i].Good || ++gap > 2;
            if (!ends || runStart < 0)
            {
                if (i < 0)
                {
                    return;
                }

                continue;
            }

            if (count >= 3 && !BodyLayout.IsListingPage(text, segments, lines, runStart, runEnd, count))
            {
                // Above the article's first paragraph, the first cut-off line may be the article's own lead, cut off by an
                // aggregator under its headline and byline: the list starts after it.
                int from = runStart;
                int above = PreviousKept(lines, runStart);
                if (!seenGood)
                {
                    from = NextKept(lines, runStart);
                }
                else if (above >= 0 && !lines[above].Good && !features[above].EndsSentence && features[above].Words is >= 2 and <= 20)
                {
                    from = above;
                }

                for (int j = from; j >= 0 && j <= runEnd; j = NextKept(lines, j))
                {
                    lines[j].Removed = true;
                    lines[j].Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, Teasers);
                }
            }

            runStart = -1;
            count = 0;
            gap = 0;
            if (i < 0)
            {
                return;
            }
        }
    }
}
