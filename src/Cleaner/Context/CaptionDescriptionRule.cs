using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A picture's description in one sentence beside its removed credit.
/// </summary>
internal static class CaptionDescriptionRule
{
    /// <summary>A picture's description in one sentence beside its removed credit.</summary>
    public static readonly ResidueRule CaptionDescription = new("context.caption-description", ResidueKind.None,
        "One sentence describing a picture, in the present tense of picture desks, directly beside the picture's removed " +
        "credit ('Firefighters battle the blaze on Main Street in Springfield.' over 'Jane Doe/Getty Images'): a caption " +
        "verb ('speaks', 'waves', 'inspects', 'carry') in its first ten words, a name or place in capitals after it, no " +
        "quotation and no reporting verb.");

    /// <summary>
    /// "Emergency personnel carry a woman from a rescue boat in Houston." over "(Jane Doe / Associated Press)": a line
    /// directly beside a removed credit (ten words at most) that is one sentence describing the picture: a caption verb
    /// in lower case among its first ten words after the first ("speaks", "waves", "inspects", "makes his way"), at least
    /// three capitalised words (the subject and a name or place), a full stop, no sentence end inside, no quotation, no
    /// reporting verb, no link. The article's paragraph beside a picture is past tense ("returned", "won"), reports
    /// ("says"), quotes or runs to several sentences, and stays; so does a headline (no full stop).
    /// </summary>
    internal static void RemoveCaptionDescriptions(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            LineFeatures f = features[i];
            if (line.Skipped || line.Removed || line.Unclassified || f.Words is < 6 or > 60 || f.Length is < 40 or > 320 ||
                f.Last != '.' || f.CapitalizedWords < 3 || !char.IsUpper(f.First) ||
                f.Has(LineMarks.Quote | LineMarks.Url | LineMarks.At | LineMarks.Hash) || f.Has(WordClass.Reporting))
            {
                continue;
            }

            int before = PreviousContent(lines, i);
            int after = NextContent(lines, i);
            bool credit = before >= 0 && IsRemovedCredit(lines[before], features[before]) ||
                          after >= 0 && IsRemovedCredit(lines[after], features[after]);
            if (!credit)
            {
                continue;
            }

            ReadOnlySpan<char> own = LineText(text, segments, i);
            if (FeatureExtractor.HasInnerSentenceEnd(own) || FeatureExtractor.OpensQuotedSentence(own, f) || !DescribesPicture(own))
            {
                continue;
            }

            line.Removed = true;
            line.Verdict = new Verdict(ResidueKind.Caption, 0.6f, CaptionDescription);
        }
    }

    private static bool IsRemovedCredit(in LineDecision line, in LineFeatures features) =>
        IsRemovedCaption(line) && line.Verdict.Score >= 0.8f && features.Words <= 10;

    /// <summary>
    /// Whether a picture desk's verb describes the scene in the first ten words: a caption verb in lower case after the
    /// first word ("A woman waves …", "Rhys makes his way …"); the first word would be an imperative ("Watch …").
    /// </summary>
    private static bool DescribesPicture(ReadOnlySpan<char> line)
    {
        int index = 0;
        bool makes = false;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(line, buffer))
        {
            if (index > 0 && !word.IsCapitalized)
            {
                if (word.Is(WordClass.CaptionVerb))
                {
                    return true;
                }

                if (makes && word.Text is "his" or "her" or "its" or "their")
                {
                    ReadOnlySpan<char> rest = line[(word.Start + word.Text.Length)..].TrimStart();
                    if (rest.StartsWith("way ", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                makes = word.Text is "makes" or "make";
            }

            if (++index >= 10)
            {
                break;
            }
        }

        return false;
    }
}
