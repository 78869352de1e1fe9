using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A line that repeats another line of the document nearby is residue when its copy was removed, or when both carry a
/// weak residue verdict.
/// </summary>
internal static class DuplicateRule
{
    /// <summary>A line removed because it repeats a removed line, or repeats another line and both have weak verdicts.</summary>
    public static readonly ResidueRule Duplicate = new("context.duplicate", ResidueKind.None,
        "Repeats another line of the document that is residue, or that shares its weak residue verdict.");

    /// <summary>How far (in kept, non-blank lines) a copy of a line is looked for.</summary>
    private const int DuplicateWindow = 32;

    /// <summary>How many non-blank lines, kept or removed, a look-up for a copy passes at most.</summary>
    private const int MaxScannedLines = 4 * DuplicateWindow;

    internal static void RemoveDuplicates(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        ResidueKindSet removable)
    {
        // Copies are looked up in an index of the lines with equal features rather than by walking each window.
        var copies = CopyIndex.Build(features, lines);
        try
        {
            RemoveDuplicates(text, segments, features, lines, removable, copies);
        }
        finally
        {
            copies.Dispose();
        }
    }

    private static void RemoveDuplicates(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        ResidueKindSet removable, in CopyIndex copies)
    {
        bool seenGood = false;
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped || line.Removed || line.Good || features[i].Words == 0)
            {
                seenGood |= !line.Skipped && !line.Removed && line.Good;
                continue;
            }

            bool weak = line.Verdict.IsResidue && line.Verdict.Score >= 0.5f && removable.Contains(line.Verdict.Kind);
            int j = FindCopy(text, segments, lines, i, -1, weak, removable, copies);
            if (j < 0)
            {
                j = FindCopy(text, segments, lines, i, +1, weak, removable, copies);
            }

            // The article's headline at the top of the page stays when a list of other stories under the article repeats
            // it (the site's own "Top Stories" box lists the story it is on): the copy in the list goes alone.
            if (j < 0 || j > i && !seenGood && BodyBetween(lines, i, j) && ArticleHead.IsArticleHeadline(text, segments, features, lines, i))
            {
                continue;
            }

            // A copy removed by the context pass (after a section opener, inside a run of residue) takes this one
            // with it; two copies that both have a weak verdict confirm each other.
            ResidueKind kind = lines[j].Removed ? lines[j].Verdict.Kind : line.Verdict.Kind;
            line.Removed = true;
            line.Verdict = new Verdict(kind, 0.6f, Duplicate);
            copies.MarkRemoved(i);
            if (!lines[j].Removed)
            {
                lines[j].Removed = true;
                lines[j].Verdict = new Verdict(kind, 0.6f, Duplicate);
                copies.MarkRemoved(j);
            }
        }
    }

    /// <summary>
    /// Looks from line <paramref name="i"/> in one direction for a copy that decides it: a removed copy (of a kind that
    /// is removed), or, when the line has a weak verdict itself, any copy. The window counts only kept, non-blank lines:
    /// blank runs collapse and removed lines vanish in the output, and cleaning the output again must find the same
    /// copies (idempotence). Blank lines are passed over for free; past <see cref="MaxScannedLines"/> non-blank lines the
    /// look-up gives up, so two copies with more than about a hundred removed lines between them are not paired, even
    /// though the cleaned output would bring them within reach (a trade of exact idempotence in that corner for cost
    /// that stays linear on pages of residue).
    /// </summary>
    private static int FindCopy(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int i, int step, bool weak,
        ResidueKindSet removable, in CopyIndex copies)
    {
        // Only lines with every feature equal can be copies; they are visited nearest first, as a walk would meet them.
        // Removed lines do not count towards the window, but a look-up passes at most four windows' worth of non-blank
        // lines: a page of residue would otherwise reach across all of it.
        for (int j = copies.Nearest(i, step); j >= 0 && copies.Reaches(i, j, DuplicateWindow, MaxScannedLines); j = copies.Nearest(j, step))
        {
            ref readonly LineDecision other = ref lines[j];
            if ((weak || (other.Removed && removable.Contains(other.Verdict.Kind))) &&
                LineText(text, segments, i).SequenceEqual(LineText(text, segments, j)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether a kept clearly-body line stands between lines <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool BodyBetween(ReadOnlySpan<LineDecision> lines, int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (lines[i].Good && !lines[i].Removed && !lines[i].Skipped)
            {
                return true;
            }
        }

        return false;
    }
}
