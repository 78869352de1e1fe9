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
/// A block is removed when either removes it, with one guard: a block of prose (many words, few links) is only
/// removed by markup that is sure (score of at least 0.85), because class names and containers are often broad; and
/// table cells and preformatted blocks are shielded from text verdicts that misread data and code (see IsData).
/// </summary>
internal static class BlockDecider
{
    private const float SureScore = 0.85f;

    public static DecidedBlocks Decide(List<RawBlock> raw, CleanerPipeline pipeline, bool inArticle)
    {
        var builder = new StringBuilder();
        foreach (RawBlock block in raw)
        {
            builder.Append(block.Text).Append('\n');
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

        CleanerSettings settings = pipeline.Settings;
        var blocks = new HtmlBlock[raw.Count];
        for (int i = 0; i < raw.Count; i++)
        {
            RawBlock block = raw[i];
            SegmentVerdict text = byBlock[i];
            Verdict markup = MarkupRules.Judge(block, inArticle);
            if (text.IsRemoved && IsData(block, text.Verdict))
            {
                text = text with { IsRemoved = false };
            }

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

        return new DecidedBlocks(blocks, summary);
    }

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
    private static bool IsProse(in RawBlock block) => block.Words >= 20 && block.Markup.LinkDensity < 0.35f;

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
