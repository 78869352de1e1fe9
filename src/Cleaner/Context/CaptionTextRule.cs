using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A picture's alternative text or caption title beside its removed caption.
/// </summary>
internal static class CaptionTextRule
{
    /// <summary>A picture's alternative text or caption title beside its removed caption.</summary>
    public static readonly ResidueRule CaptionText = new("context.caption-text", ResidueKind.None,
        "A short line beside a removed caption or credit that is the picture's alternative text (lower case, 'measles') or " +
        "the caption's opening words ('Martha Lou's Kitchen' over 'Martha Lou's Kitchen/Facebook').");

    /// <summary>
    /// "measles" over "Image credit: CDC", "Martha Lou's Kitchen" over "Martha Lou's Kitchen/Facebook": a short line (six
    /// words at most, no sentence end) directly beside a line a caption rule removed is the picture's alternative text
    /// when it opens in lower case, or its title when the caption opens with the same words. A subheading of the article
    /// beside a picture's caption is neither: it opens with a capital, and the caption does not repeat it ("Acidente"
    /// under "Quatro veículos envolvidos no acidente (Foto: …)" stays).
    /// </summary>
    internal static void RemoveCaptionText(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            LineFeatures f = features[i];
            if (line.Skipped || line.Removed || line.Good || f.Words is 0 or > 6 || f.EndsSentence || f.Length > 60 ||
                f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash))
            {
                continue;
            }

            int caption = -1;
            int before = PreviousContent(lines, i);
            int after = NextContent(lines, i);
            if (before >= 0 && IsRemovedCaption(lines[before]))
            {
                caption = before;
            }
            else if (after >= 0 && IsRemovedCaption(lines[after]))
            {
                caption = after;
            }

            if (caption < 0)
            {
                continue;
            }

            ReadOnlySpan<char> own = LineText(text, segments, i);

            // "ibm" … "halliburton" over "Halliburton showed that …": a slideshow's heading in lower case, named again by
            // the paragraph it heads; the picture's caption above belongs to the slide before.
            if (caption == before && after >= 0 && lines[after].Good && !lines[after].Removed &&
                LineText(text, segments, after).StartsWith(own.TrimEnd(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (char.IsLower(f.First) || LineText(text, segments, caption).StartsWith(own.TrimEnd(), StringComparison.OrdinalIgnoreCase))
            {
                line.Removed = true;
                line.Verdict = new Verdict(ResidueKind.Caption, 0.6f, CaptionText);
            }
        }
    }
}
