using System;
using Cleaner.Classifiers.RelatedLinks;
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
        KeepListingTeasers(features, lines);
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

            if (count >= 3)
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

                // A page made of headlines over their teasers and nothing else (a section's, a tag's or an archive's
                // listing) has them for its content: a list of other stories is one that stands beside an article.
                bool listing = !HasBodyOutside(text, segments, lines, from, runEnd) && EachUnderHeadline(text, segments, features, lines, runStart, runEnd);
                for (int j = listing ? -1 : from; j >= 0 && j <= runEnd; j = NextKept(lines, j))
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

    /// <summary>
    /// Whether a kept clearly-body line that is not cut off stands outside lines <paramref name="from"/> to
    /// <paramref name="to"/>: the article beside a list of teasers.
    /// </summary>
    private static bool HasBodyOutside(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int from, int to)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if ((i < from || i > to) && lines[i].Good && !lines[i].Removed && !lines[i].Skipped && !IsCutOff(text, segments, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every teaser cut off between <paramref name="from"/> and <paramref name="to"/> stands under a line of its
    /// own that is a headline, not a teaser: a short line, not cut off, not clearly body and not ending like a sentence.
    /// </summary>
    private static bool EachUnderHeadline(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines,
        int from, int to)
    {
        for (int i = from; i >= 0 && i <= to; i = NextKept(lines, i))
        {
            if (features[i].Words < 8 || !IsCutOff(text, segments, i))
            {
                continue;
            }

            int above = PreviousKept(lines, i);
            if (above < 0 || lines[above].Good || features[above].EndsSentence || features[above].Words > 20 || IsCutOff(text, segments, above))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A listing page's teaser closed by "Read full story", kept with its siblings.</summary>
    public static readonly ResidueRule ListingTeaser = new("context.listing-teaser", ResidueKind.None,
        "On a page whose every paragraph is a teaser closed by 'Read more' ('… finale of the series. READ FULL STORY'), " +
        "under its headline: a tag's or section's listing, whose teasers are its content.");

    /// <summary>
    /// A tag's or section's listing: headlines, each over a teaser closed by "READ FULL STORY". The long teasers are
    /// clearly body and stay; a short one is taken for another story's link. When every clearly-body line of the page
    /// is such a teaser, the page is the listing, and each teaser of eight words or more under a headline-shaped line
    /// (not clearly body, no sentence end, twenty words at most) stays with its siblings.
    /// </summary>
    private static void KeepListingTeasers(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int teasers = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Good && !lines[i].Removed && !lines[i].Skipped)
            {
                if (lines[i].Verdict.Rule != RelatedLinksClassifier.Trailing)
                {
                    return;
                }

                teasers++;
            }
        }

        if (teasers == 0)
        {
            return;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Removed || lines[i].Verdict.Rule != RelatedLinksClassifier.Trailing || features[i].Words < 8)
            {
                continue;
            }

            int above = PreviousKept(lines, i);
            if (above >= 0 && !lines[above].Good && !features[above].EndsSentence && features[above].Words is >= 3 and <= 20)
            {
                lines[i].Removed = false;
                lines[i].Verdict = new Verdict(ResidueKind.None, 0f, ListingTeaser);
            }
        }
    }
}
