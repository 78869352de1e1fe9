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
        KeepClosedExcerpts(text, segments, features, lines);
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
    /// A teaser that opens the page has nothing above it (its headline was lost above the excerpt) and is not asked.
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

            // The page's first line may be the first item's teaser, its headline lost above the excerpt.
            int above = PreviousKept(lines, i);
            if (above >= 0 && (lines[above].Good || features[above].EndsSentence || features[above].Words > 20 || IsCutOff(text, segments, above)))
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

    /// <summary>A post's last paragraph closed by its own "Read the rest" link, kept.</summary>
    public static readonly ResidueRule ClosedExcerpt = new("context.closed-excerpt", ResidueKind.None,
        "A paragraph of twelve words or more, a finished sentence before its 'Read the rest' link, directly under the " +
        "post's paragraphs: the post's excerpt as a blog's front page shows it, not another story's teaser.");

    /// <summary>
    /// "… in an otherwise deserted warehouse.… Read the rest" directly under the post's paragraphs: a blog's front page
    /// shows each post's first paragraphs, the last one closed by a link to the rest. A line of twelve words or more whose
    /// text before the link ends a sentence, with a clearly-body line (not another headline) right above it, is the
    /// post's own paragraph; another story's teaser stands under its headline.
    /// </summary>
    private static void KeepClosedExcerpts(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Removed || lines[i].Verdict.Rule != RelatedLinksClassifier.Trailing || features[i].Words < 12)
            {
                continue;
            }

            int above = PreviousKept(lines, i);
            if (above >= 0 && lines[above].Good && IsCutOff(text, segments, above) == false && EndsSentenceBeforeLink(LineText(text, segments, i)))
            {
                lines[i].Removed = false;
                lines[i].Verdict = new Verdict(ResidueKind.None, 0f, ClosedExcerpt);
            }
        }
    }

    /// <summary>
    /// Whether the words before the closing link end a sentence: "… deserted warehouse.… Read the rest", "… in 2020. Read
    /// more". The link is taken to be the last words after the last sentence end within the line's last 40 characters.
    /// </summary>
    private static bool EndsSentenceBeforeLink(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        int from = Math.Max(0, line.Length - 40);
        for (int i = line.Length - 2; i > from; i--)
        {
            // A sentence's end, alone or with an ellipsis after it ("warehouse.… Read"); an ellipsis after a word, or
            // three dots, is a teaser cut off ("deep sea near... (Read more)").
            if (line[i] is '.' or '!' or '?' && line[i + 1] is ' ' or '…' && line[i - 1] is not '.')
            {
                return char.IsLetterOrDigit(line[i - 1]) || line[i - 1] is ')' or '"' or '”' or '’';
            }

            if (line[i] is '…' or '.' && line[i + 1] == ' ')
            {
                return line[i] == '…' && line[i - 1] is '.' or '!' or '?';
            }
        }

        return false;
    }
}
