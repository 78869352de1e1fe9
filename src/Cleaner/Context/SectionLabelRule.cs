using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// A section label ("Local News") as the first line, over the headline and the article.
/// </summary>
internal static class SectionLabelRule
{
    /// <summary>A section label standing above the article's headline at the top of the page.</summary>
    public static readonly ResidueRule SectionLabel = new("context.section-label", ResidueKind.None,
        "A section or desk label above the headline at the top of the page ('Local News', 'POLÍCIA', 'Ausland').");

    /// <summary>
    /// "Local News" over "Council votes to cut library budget" over the story: the first kept line of the page, one or two
    /// words (three in capitals) with no digit and no sentence end, directly above a headline-shaped line that a
    /// clearly-body line follows, is the section the page files the story under. The article's own headline is the
    /// line under it; a one- or two-word headline is rare, and then it stands over a standfirst that ends like a
    /// sentence, not over another headline. The headline may be in title case ("Fire Dept. Wants Friends, Followers,
    /// Tweets") when it has four words or more, the label may open with a guillemet ("» Polícia"), and a standfirst
    /// (six words or more) or a kept label (a byline) may stand between the headline and the first paragraph. A kicker
    /// over the headline with a one-word section under it ("Rettung behindert" / headline / "Ausland") is not this shape.
    /// </summary>
    internal static void RemoveSectionLabel(
        ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines, float threshold, ResidueKindSet removable)
    {
        // A lone date over the label is passed over as under it: the edge pass removes it later ("Sunday, May 29, 2022"
        // / "Smartphone news" / headline), and cleaning the output, where the label is the first line, must find it too.
        int first = NextKeptPastStamps(lines, -1, threshold, removable);
        if (first < 0)
        {
            return;
        }

        LineFeatures f = features[first];
        bool label = f.Words is 1 or 2 || f.Words == 3 && f.IsAllCaps;
        if (!label || f.Digits > 0 || f.EndsSentence || f.Last is ':' or ',' or ';' ||
            !(char.IsUpper(f.First) || f.First is '»' or '›') || lines[first].Good || lines[first].Verdict.Score > 0f)
        {
            return;
        }

        // A lone date under the label is passed over: the edge pass removes it later ("Civic Register" / "| 11.11.20" /
        // headline), and cleaning the output again must find the same label.
        int headline = NextKeptPastStamps(lines, first, threshold, removable);
        if (headline < 0 || !IsHeadlineShaped(features[headline], lines[headline]) && !IsTitleCaseHeadline(features[headline], lines[headline]))
        {
            return;
        }

        // The first paragraph, past a standfirst and a byline at most.
        int body = NextKeptPastStamps(lines, headline, threshold, removable);
        for (int skipped = 0; body >= 0 && !lines[body].Good && skipped < 2; skipped++)
        {
            if (!IsLabel(lines[body], threshold) && !(features[body].Words >= 6 && features[body].Length <= 400))
            {
                return;
            }

            body = NextKeptPastStamps(lines, body, threshold, removable);
        }

        if (body < 0 || !lines[body].Good)
        {
            return;
        }

        lines[first].Removed = true;
        lines[first].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, SectionLabel);
    }
}
