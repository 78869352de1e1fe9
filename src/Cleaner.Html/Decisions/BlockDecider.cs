using System;
using System.Collections.Generic;
using System.Text;
using Cleaner.Html.Blocks;

namespace Cleaner.Html.Decisions;

/// <summary>The decided blocks of one page.</summary>
/// <param name="Blocks">Every block, in order.</param>
/// <param name="Summary">What the text pipeline reported about the blocks' text.</param>
internal readonly record struct DecidedBlocks(HtmlBlock[] Blocks, CleanSummary Summary);

/// <summary>
/// Decides blocks with the text pipeline and the markup together. The blocks' texts are joined one per line and
/// classified by <see cref="CleanerPipeline.Classify"/>, so the same classifiers and context rules (sections, runs of
/// residue) that clean plain text see the page in order; then <see cref="MarkupRules"/> add what the markup shows.
/// A block is removed when either removes it, with guards where the markup shows what the text alone cannot:
/// <list type="bullet">
/// <item>a block of prose (many words, few links) is only removed by markup that is sure (score of at least 0.85),
/// because class names and containers are often broad;</item>
/// <item>table cells and preformatted blocks are shielded from text verdicts that misread data and code (see IsData);</item>
/// <item>a text verdict that a line is a link (a trailing arrow, a bracketed headline) does not remove, unless sure, a
/// block that holds no link at all (a heading that ends with a closing guillemet, a bracketed line of dialogue);</item>
/// <item>lists are homogeneous: an item removed only by a weak text verdict stays when most other items of its list are
/// kept (one story bullet that happens to mention a discussion is not a comment count);</item>
/// <item>on a whole page (no article container), link density alone removes links only when the page has prose of its
/// own: a page that is nothing but a list of links is judged as an article would be, so the list is kept.</item>
/// </list>
/// </summary>
internal static class BlockDecider
{
    private const float SureScore = 0.85f;

    /// <summary>A weak caption verdict joins the caption removed just before it from this score…</summary>
    private const float CaptionRunScore = 0.5f;

    /// <summary>…and the joined block's score (a run of captions, circumstantial).</summary>
    private const float CaptionRunJoinedScore = 0.7f;

    /// <summary>A residue tail is at most this many blocks…</summary>
    private const int MaxTailBlocks = 12;

    /// <summary>…of at most this many words each (a plan's name, its price, a line of fine print).</summary>
    private const int TailBlockWords = 12;

    /// <summary>The tail's score: circumstantial (position and shape), so the precision preset keeps the tail.</summary>
    private const float TailScore = 0.75f;

    /// <summary>A teaser's headline is this share link text or more…</summary>
    private const float TeaserHeadlineLinks = 0.85f;

    /// <summary>…and has this many words or more (a headline, not a label).</summary>
    private const int TeaserHeadlineWords = 3;

    /// <summary>A teaser's excerpt is at most this many blocks…</summary>
    private const int TeaserExcerptBlocks = 2;

    /// <summary>…closed by a removed link of at most this many words ("READ THE REST").</summary>
    private const int ReadMoreWords = 5;

    /// <summary>Teasers are residue in a run of at least this many.</summary>
    private const int TeaserRunUnits = 2;

    /// <summary>The teasers' score: circumstantial (shape and repetition), so the precision preset keeps them.</summary>
    private const float TeaserScore = 0.8f;

    /// <summary>The story's header (kicker, headline, standfirst, byline, date) is at most this many blocks at the container's start.</summary>
    private const int HeaderBlocks = 4;

    /// <summary>A block of prose has at least this many words…</summary>
    private const int ProseWords = 20;

    /// <summary>…and less than this share of link text.</summary>
    private const float ProseLinkDensity = 0.35f;

    public static DecidedBlocks Decide(List<RawBlock> raw, CleanerPipeline pipeline, bool inArticle)
    {
        var builder = new StringBuilder();
        foreach (RawBlock block in raw)
        {
            // One line per block: preformatted blocks keep their line breaks in the output, not in the classified text.
            builder.Append(block.Text.Contains('\n', StringComparison.Ordinal) ? block.Text.Replace('\n', ' ') : block.Text).Append('\n');
        }

        var verdicts = new List<SegmentVerdict>(raw.Count);
        CleanSummary summary = pipeline.Classify(builder.ToString(), verdicts);
        var byBlock = new SegmentVerdict[raw.Count];
        foreach (SegmentVerdict verdict in verdicts)
        {
            int index = verdict.Segment.LineNumber - 1;
            if ((uint)index < (uint)byBlock.Length)
            {
                byBlock[index] = verdict;
            }
        }

        for (int i = 0; i < raw.Count; i++)
        {
            if (byBlock[i].IsRemoved && IsShielded(raw[i], byBlock[i].Verdict))
            {
                byBlock[i] = byBlock[i] with { IsRemoved = false };
            }
        }

        KeepHomogeneousLists(raw, byBlock);
        HtmlBlock[] blocks = Combine(raw, byBlock, pipeline.Settings, inArticle);
        if (!inArticle && IsLinkListPage(blocks))
        {
            blocks = Combine(raw, byBlock, pipeline.Settings, inArticle: true);
        }

        JoinCaptionRuns(blocks, pipeline.Settings);
        if (inArticle)
        {
            RemoveTeaserRuns(blocks, pipeline.Settings);
            RemoveResidueTail(blocks, pipeline.Settings);
        }

        return new DecidedBlocks(blocks, summary);
    }

    private static HtmlBlock[] Combine(List<RawBlock> raw, SegmentVerdict[] byBlock, CleanerSettings settings, bool inArticle)
    {
        var blocks = new HtmlBlock[raw.Count];
        int firstProse = raw.FindIndex(b => IsProse(b));
        bool[] contents = InPageLinkRuns(raw);
        for (int i = 0; i < raw.Count; i++)
        {
            RawBlock block = raw[i];
            SegmentVerdict text = byBlock[i];
            BlockPlace place = i < HeaderBlocks && (firstProse < 0 || i < firstProse) ? BlockPlace.Header : BlockPlace.None;
            if (contents[i])
            {
                place |= BlockPlace.InPageList;
            }

            Verdict markup = MarkupRules.Judge(block, inArticle, place);
            bool markupRemoves = markup.IsResidue && settings.RemovedKinds.Contains(markup.Kind) &&
                                 markup.Score >= settings.Threshold && (markup.Score >= SureScore || !IsProse(block));
            Verdict chosen;
            BlockEvidence evidence;
            if (text.IsRemoved && markupRemoves)
            {
                chosen = Verdict.Max(text.Verdict, markup);
                evidence = BlockEvidence.Text | BlockEvidence.Markup;
            }
            else if (text.IsRemoved)
            {
                chosen = text.Verdict;
                evidence = BlockEvidence.Text;
            }
            else if (markupRemoves)
            {
                chosen = markup;
                evidence = BlockEvidence.Markup;
            }
            else
            {
                chosen = Verdict.Max(text.Verdict, markup);
                evidence = BlockEvidence.None;
            }

            blocks[i] = new HtmlBlock(i, block.Text, block.Words, block.Markup, chosen, evidence != BlockEvidence.None, evidence);
        }

        return blocks;
    }

    /// <summary>
    /// The list items that are nothing but links to anchors of the page and sit next to another such item: the entries of a
    /// table of contents (nested lists included, so a sub-list of one entry counts).
    /// </summary>
    private static bool[] InPageLinkRuns(List<RawBlock> raw)
    {
        var entry = new bool[raw.Count];
        for (int i = 0; i < raw.Count; i++)
        {
            entry[i] = MarkupRules.IsInPageEntry(raw[i]);
        }

        var run = new bool[raw.Count];
        for (int i = 0; i < raw.Count; i++)
        {
            run[i] = entry[i] && ((i > 0 && entry[i - 1]) || (i + 1 < raw.Count && entry[i + 1]));
        }

        return run;
    }

    /// <summary>
    /// Captions come in runs (a slide counter, the caption, its credit): a block the text pipeline takes for a caption,
    /// but not surely enough to remove (from <see cref="CaptionRunScore"/>), is removed when the block before it was
    /// removed as a caption. A slideshow's "1 / 5" is recognised; the long caption after it then goes too.
    /// </summary>
    internal static void JoinCaptionRuns(HtmlBlock[] blocks, CleanerSettings settings)
    {
        if (!settings.RemovedKinds.Contains(ResidueKind.Caption) || CaptionRunJoinedScore < settings.Threshold)
        {
            return;
        }

        for (int i = 1; i < blocks.Length; i++)
        {
            HtmlBlock before = blocks[i - 1];
            HtmlBlock block = blocks[i];
            if (before.IsRemoved && before.Kind == ResidueKind.Caption && !block.IsRemoved &&
                block.Kind == ResidueKind.Caption && block.Score >= CaptionRunScore)
            {
                var verdict = new Verdict(ResidueKind.Caption, CaptionRunJoinedScore, MarkupRules.CaptionRun);
                blocks[i] = new HtmlBlock(block.Index, block.Text, block.Words, block.Markup, verdict, isRemoved: true, BlockEvidence.Text);
            }
        }
    }

    /// <summary>
    /// Removes lists of other stories set as teasers: a headline that is all link, one or two blocks of excerpt, and a
    /// read-more link the text already removed ("READ THE REST", "Weiterlesen"), at least <see cref="TeaserRunUnits"/>
    /// times in the container ("next post" thumbnails under a blog post). A story's own linked subheadings are not
    /// closed by read-more links; a single teaser is left to the other rules.
    /// </summary>
    private static void RemoveTeaserRuns(HtmlBlock[] blocks, CleanerSettings settings)
    {
        if (!settings.RemovedKinds.Contains(ResidueKind.RelatedLinks) || TeaserScore < settings.Threshold)
        {
            return;
        }

        List<(int Start, int End)>? units = null;
        for (int i = 0; i < blocks.Length - 2; i++)
        {
            if (!IsLinkedHeadline(blocks[i]))
            {
                continue;
            }

            int j = i + 1;
            while (j < blocks.Length && j - i - 1 < TeaserExcerptBlocks && !blocks[j].IsRemoved && !blocks[j].Markup.IsHeading)
            {
                j++;
            }

            if (j > i + 1 && j < blocks.Length && IsReadMore(blocks[j]))
            {
                (units ??= []).Add((i, j - 1));
                i = j;
            }
        }

        if (units is null || units.Count < TeaserRunUnits)
        {
            return;
        }

        var verdict = new Verdict(ResidueKind.RelatedLinks, TeaserScore, MarkupRules.TeaserRun);
        foreach ((int start, int end) in units)
        {
            for (int k = start; k <= end; k++)
            {
                HtmlBlock block = blocks[k];
                if (!block.IsRemoved)
                {
                    blocks[k] = new HtmlBlock(block.Index, block.Text, block.Words, block.Markup, verdict, isRemoved: true, BlockEvidence.Markup);
                }
            }
        }
    }

    private static bool IsLinkedHeadline(HtmlBlock block) =>
        block.Markup.IsHeading && block.Markup.LinkDensity >= TeaserHeadlineLinks && block.Words >= TeaserHeadlineWords;

    private static bool IsReadMore(HtmlBlock block) =>
        block.IsRemoved && block.Kind == ResidueKind.RelatedLinks && block.Words <= ReadMoreWords;

    /// <summary>
    /// Removes the short blocks that follow a sure residue block to the container's end: a box's heading or prompt is
    /// recognised ("Sign up for our newsletter") while its plans, prices and fine print are short lines no text rule
    /// names ("Annual", "$70/year", "A discounted plan to keep you up to date all year."). The article does not resume
    /// after them, so they are the box's. Any block of prose after the residue block, or more than
    /// <see cref="MaxTailBlocks"/> blocks, means the article goes on and nothing is removed.
    /// </summary>
    private static void RemoveResidueTail(HtmlBlock[] blocks, CleanerSettings settings)
    {
        int end = blocks.Length;
        int start = end;
        while (start > 0 && end - start < MaxTailBlocks + 1)
        {
            HtmlBlock block = blocks[start - 1];
            if (block.IsRemoved && block.Score >= SureScore && block.Kind is ResidueKind.Subscription or ResidueKind.Social or
                    ResidueKind.RelatedLinks or ResidueKind.Advertisement or ResidueKind.Comments)
            {
                break;
            }

            if (!block.IsRemoved && (block.Words > TailBlockWords || block.Kind == ResidueKind.Attribution))
            {
                return;
            }

            start--;
        }

        if (start == 0 || end - start > MaxTailBlocks)
        {
            return;
        }

        HtmlBlock lead = blocks[start - 1];
        var verdict = new Verdict(lead.Kind, TailScore, MarkupRules.ResidueTail);
        if (!settings.RemovedKinds.Contains(lead.Kind) || TailScore < settings.Threshold)
        {
            return;
        }

        for (int i = start; i < end; i++)
        {
            HtmlBlock block = blocks[i];
            if (!block.IsRemoved)
            {
                blocks[i] = new HtmlBlock(block.Index, block.Text, block.Words, block.Markup, verdict, isRemoved: true, BlockEvidence.Markup);
            }
        }
    }

    /// <summary>
    /// Whether a whole page's only removed links are its content: something was removed by link density alone, and
    /// nothing kept is prose (so there is no article around the links for them to be residue of).
    /// </summary>
    private static bool IsLinkListPage(HtmlBlock[] blocks)
    {
        bool linksRemoved = false;
        foreach (HtmlBlock block in blocks)
        {
            if (!block.IsRemoved && block.Words >= ProseWords && block.Markup.LinkDensity < ProseLinkDensity)
            {
                return false;
            }

            linksRemoved |= block.IsRemoved && block.Evidence == BlockEvidence.Markup && block.RuleId == MarkupRules.LinkDense.Id;
        }

        return linksRemoved;
    }

    /// <summary>
    /// Keeps list items removed only by a weak text verdict when most of the other items of the same list are kept:
    /// the items of one list are one kind of text.
    /// </summary>
    private static void KeepHomogeneousLists(List<RawBlock> raw, SegmentVerdict[] byBlock)
    {
        Dictionary<int, (int Kept, int Removed)>? lists = null;
        for (int i = 0; i < raw.Count; i++)
        {
            if (raw[i].List >= 0 && (raw[i].Markup.Context & MarkupContext.ListItem) != 0)
            {
                lists ??= [];
                (int kept, int removed) = lists.GetValueOrDefault(raw[i].List);
                lists[raw[i].List] = byBlock[i].IsRemoved ? (kept, removed + 1) : (kept + 1, removed);
            }
        }

        if (lists is null)
        {
            return;
        }

        for (int i = 0; i < raw.Count; i++)
        {
            SegmentVerdict text = byBlock[i];
            if (text.IsRemoved && text.Verdict.Score < SureScore && raw[i].List >= 0 &&
                (raw[i].Markup.Context & MarkupContext.ListItem) != 0)
            {
                (int kept, int removed) = lists[raw[i].List];
                if (kept >= 2 && kept > removed - 1)
                {
                    byBlock[i] = text with { IsRemoved = false };
                }
            }
        }
    }

    /// <summary>Whether the markup shows that a text verdict misreads the block (see the class remarks).</summary>
    private static bool IsShielded(in RawBlock block, in Verdict verdict) =>
        IsData(block, verdict) || IsLinkShapeWithoutLink(block, verdict);

    /// <summary>
    /// A weak verdict that the line is a link to another page (a trailing "»" or "Read more", a headline in square
    /// brackets) on a block that holds no link: in HTML a link is marked up, so the shape misled the text rule.
    /// </summary>
    private static bool IsLinkShapeWithoutLink(in RawBlock block, in Verdict verdict) =>
        block.Markup.LinkDensity == 0f && verdict.Score < SureScore &&
        verdict.Rule?.Id is "related-links.trailing" or "related-links.bracketed";

    /// <summary>
    /// Text the line classifiers misread: table cells hold dates, figures and names that look like tickers, timestamps
    /// or runs of residue, so only a sure verdict of another kind removes one; preformatted blocks are code, whose
    /// brackets and symbols look like markup or link arrows, so text verdicts never remove them.
    /// </summary>
    private static bool IsData(in RawBlock block, in Verdict verdict)
    {
        if (block.Markup.Tag == "pre")
        {
            return true;
        }

        return (block.Markup.Context & MarkupContext.TableCell) != 0 &&
               (verdict.Score < SureScore || verdict.Kind is ResidueKind.Timestamp or ResidueKind.Widget);
    }

    /// <summary>A paragraph of prose: enough words, few of them links.</summary>
    private static bool IsProse(in RawBlock block) => block.Words >= ProseWords && block.Markup.LinkDensity < ProseLinkDensity;

    /// <summary>The kept blocks' text, one block per paragraph with a blank line between, and a final newline.</summary>
    public static string Join(ReadOnlySpan<HtmlBlock> blocks)
    {
        var builder = new StringBuilder();
        foreach (HtmlBlock block in blocks)
        {
            if (block.IsRemoved)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(block.Text).Append('\n');
        }

        return builder.ToString();
    }
}
