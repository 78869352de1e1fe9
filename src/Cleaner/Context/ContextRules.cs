using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;

namespace Cleaner.Context;

/// <summary>
/// The second pass, in the spirit of jusText: lines are decided by their neighbours as well as by themselves.
/// <list type="number">
/// <item>A clearly-body line (long, many stopwords, a sentence) is only removed by a sure verdict.</item>
/// <item>A line that opens a residue section (a comment header, a copyright line, "More stories") takes with it the
/// following lines that are not clearly body, until the article resumes; a footer line above the first clearly-body
/// line opens none (a masthead notice or a picture's credit over the headline).</item>
/// <item>A short run of undecided short lines between residue lines (or between residue and the end) is residue.</item>
/// <item>A line that repeats another line of the document nearby (within 32 lines) is residue when its copy was
/// removed, or when both carry a weak residue verdict (captions and notices are scraped twice; body paragraphs repeated
/// are left alone).</item>
/// <item>Other stories' headlines: headline-shaped lines that close the document after its last body paragraph (one
/// alone too, unless the article has subheadings of its own), and a long upper-case headline standing between body
/// paragraphs (unless the article's subheadings are upper case), and three headline-shaped lines or more in a row under
/// the last paragraph that share few words with the article.</item>
/// <item>A section label ("Local News") as the first line, over the headline and the article, and lines of one word at
/// the top of the page ("Cronaca", "Tag").</item>
/// <item>A weak verdict whose rule is strong at the edges (a lone date) is promoted when only removed lines separate
/// it from the start or the end.</item>
/// <item>A document left with no body at all is residue as a whole (an error or archive page).</item>
/// </list>
/// </summary>
internal static class ContextRules
{
    /// <summary>The score below which a verdict cannot remove a clearly-body line.</summary>
    private const float SureScore = 0.85f;

    /// <summary>Applies the rules; returns whether the whole document turned out to be residue.</summary>
    public static bool Apply(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        in CleanerSettings settings, Language language)
    {
        float threshold = settings.Threshold;
        ResidueKindSet removable = settings.RemovedKinds;
        int content = 0;

        // 1. Threshold, with clearly-body lines protected from weak verdicts.
        for (int i = 0; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped)
            {
                continue;
            }

            content++;
            line.Good = LineShapes.IsGood(features[i]);
            Verdict verdict = line.Verdict;
            bool remove = verdict.Score >= threshold && removable.Contains(verdict.Kind);
            if (remove && line.Good && verdict.Score < SureScore)
            {
                remove = false;
            }

            line.Removed = remove;
        }

        if (content == 0)
        {
            return false;
        }

        // 1b. A "VIDEO:" or "WATCH:" title heading the article at the top of the page is its headline.
        ArticleHead.KeepLabelledHeadline(text, segments, features, lines);

        // 2. Sections: an opener takes the following lines that are not clearly body.
        SectionRule.RemoveSections(text, segments, features, lines);

        // 3. Short undecided runs inside residue, and comments between their stamps and reply buttons.
        SurroundedRule.AbsorbSurroundedRuns(text, segments, features, lines, settings.AbsorbedRun);
        if (removable.Contains(ResidueKind.Comments))
        {
            CommentTextRule.RemoveCommentTexts(features, lines);
        }

        // 3b. Lines repeated nearby, and other stories' headlines.
        if (removable.Contains(ResidueKind.Caption))
        {
            TwinCaptionRule.RemoveTwinCaptions(text, segments, features, lines);
        }

        DuplicateRule.RemoveDuplicates(text, segments, features, lines, removable);
        if (removable.Contains(ResidueKind.Caption))
        {
            CaptionTextRule.RemoveCaptionText(text, segments, features, lines);
            CaptionDescriptionRule.RemoveCaptionDescriptions(text, segments, features, lines);
            CaptionCopyRule.RemoveCaptionCopies(text, segments, features, lines);
            AltTextRule.RemoveEchoedAltText(text, segments, features, lines);
        }

        if (removable.Contains(ResidueKind.RelatedLinks))
        {
            TeaserRule.RemoveTeaserRuns(text, segments, features, lines);
            HeadlinesRule.RemoveTrailingHeadlines(text, segments, features, lines, threshold, language);
            HeadlinesRule.RemoveShoutedHeadlines(text, segments, features, lines);
            HeadlineRunRule.RemoveHeadlineRuns(text, segments, features, lines);
        }

        if (removable.Contains(ResidueKind.Navigation))
        {
            TopMenuRule.RemoveTopMenu(text, segments, features, lines);
            SectionLabelRule.RemoveTopWords(text, segments, features, lines);
            SectionLabelRule.RemoveSectionLabel(features, lines, threshold, removable);
        }

        // 4. Weak verdicts that are strong at the edges, promoted where only removed lines separate them from an end.
        //    This runs last, on the final removals, so that cleaning the output again finds nothing new to promote.
        EdgePromotion.PromoteAtEdges(lines, threshold, removable, fromStart: true);
        EdgePromotion.PromoteAtEdges(lines, threshold, removable, fromStart: false);
        EdgePromotion.PromoteAboveArticle(lines, threshold, removable);

        // 5. A document with no body left, or only scraps of it beside a page notice, is residue as a whole.
        return removable.Contains(ResidueKind.Notice) && ResidueOnlyRule.IsResidueOnly(features, lines);
    }
}
