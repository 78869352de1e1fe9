using System;
using Cleaner.Pipeline;

namespace Cleaner.Context;

/// <summary>
/// Weak verdicts that are strong at the edges (a lone date) promoted where only removed lines separate them from an end
/// of the text, or where they stand above the article among its head.
/// </summary>
internal static class EdgePromotion
{
    internal static void PromoteAtEdges(Span<LineDecision> lines, float threshold, ResidueKindSet removable, bool fromStart)
    {
        for (int k = 0; k < lines.Length; k++)
        {
            ref LineDecision line = ref lines[fromStart ? k : lines.Length - 1 - k];
            if (line.Skipped || line.Removed)
            {
                continue;
            }

            if (line.Verdict.Rule is { EdgeScore: > 0f } rule && rule.EdgeScore >= threshold && removable.Contains(line.Verdict.Kind))
            {
                line.Verdict = line.Verdict with { Score = rule.EdgeScore };
                line.Removed = true;
                continue;
            }

            return;
        }
    }

    /// <summary>
    /// "Local man wins lottery" / "May 6, 2019" / the story: a weak verdict that is strong at the edges (a lone date) is
    /// promoted too when it stands above the article's first clearly-body line, among the headline, kicker and byline:
    /// there it stamps the page. Inside the article, after its first paragraph, a lone date stays (a timeline's entry).
    /// </summary>
    internal static void PromoteAboveArticle(Span<LineDecision> lines, float threshold, ResidueKindSet removable)
    {
        int kept = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped || line.Removed)
            {
                continue;
            }

            if (line.Good)
            {
                return;
            }

            if (line.Verdict.Rule is { EdgeScore: > 0f } rule && rule.EdgeScore >= threshold && removable.Contains(line.Verdict.Kind) &&
                !BodyLayout.HeadsDatedSection(lines, i))
            {
                line.Verdict = line.Verdict with { Score = rule.EdgeScore };
                line.Removed = true;
                continue;
            }

            // A page's head is a few lines (kicker, headline, standfirst, byline, stamp); a longer run of short lines
            // before the first paragraph is content of another shape (an infobox, a table), whose dates stay. Only the
            // lines that stay count, so that cleaning the output again finds the same head.
            if (++kept > MaxHeadLines)
            {
                return;
            }
        }
    }

    /// <summary>How many kept lines above the article's first paragraph count as the page's head.</summary>
    private const int MaxHeadLines = 6;
}
