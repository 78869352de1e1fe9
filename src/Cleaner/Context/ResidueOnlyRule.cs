using System;
using Cleaner.Features;
using Cleaner.Pipeline;

namespace Cleaner.Context;

/// <summary>
/// A document left with no body at all is residue as a whole (an error or archive page).
/// </summary>
internal static class ResidueOnlyRule
{
    /// <summary>A line removed because the whole document is residue.</summary>
    public static readonly ResidueRule ResidueOnly = new("context.residue-only", ResidueKind.None,
        "The document has no article body: it is a page notice or residue only.");

    internal static bool IsResidueOnly(ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int keptLetters = 0;
        bool keptGood = false;
        bool notice = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped)
            {
                keptGood |= lines[i].Unclassified;
                continue;
            }

            if (lines[i].Removed)
            {
                notice |= lines[i].Verdict.Kind == ResidueKind.Notice;
                continue;
            }

            keptLetters += features[i].Letters;
            keptGood |= lines[i].Good;
        }

        if ((keptLetters == 0 && !keptGood) || (notice && !keptGood && keptLetters < 300))
        {
            for (int i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Skipped && !lines[i].Removed)
                {
                    lines[i].Removed = true;
                    lines[i].Verdict = new Verdict(ResidueKind.Notice, 0.5f, ResidueOnly);
                }
            }

            return true;
        }

        return false;
    }
}
