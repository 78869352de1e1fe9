using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// The article's own headline at the top of the page, which rules driven by their neighbours must not take: under a
/// section heading ("Latest News", "Featured Stories"), a comment widget's title or an "Advertisement" marker, the
/// headline is the article's when only the page's head (a byline, a stamp, a source line, a picture's caption) stands
/// between it and the first paragraph.
/// </summary>
internal static class ArticleHead
{
    /// <summary>How many kept lines of the page's head (a byline, a dateline, a source) may stand under the headline.</summary>
    private const int MaxKeptHeadLines = 3;

    /// <summary>How many non-blank lines, removed ones included (stamps, captions, share buttons), the head may span.</summary>
    private const int MaxHeadLines = 10;

    /// <summary>
    /// Whether line <paramref name="index"/> is the article's headline: headline-shaped (four words or more, a capital
    /// first, a lower-case word or title case, no sentence end, no link), no clearly-body line above it, and under it
    /// the first paragraph of the article (clearly body, not a teaser cut off by the page), with only removed lines and
    /// at most three short kept lines of the page's head between them. A list of other stories over the article fails
    /// the test: each of its headlines has another headline under it, not the head of an article. The caller knows
    /// whether a clearly-body line stands above (it walks the page from the top).
    /// </summary>
    internal static bool IsArticleHeadline(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines,
        int index)
    {
        if (!IsHeadlineLike(features[index], lines[index]))
        {
            return false;
        }

        int kept = 0;
        int seen = 0;
        for (int j = NextContent(lines, index); j >= 0 && seen < MaxHeadLines; j = NextContent(lines, j), seen++)
        {
            ref readonly LineDecision line = ref lines[j];
            if (line.Removed)
            {
                continue;
            }

            if (line.Good)
            {
                return !IsCutOff(text, segments, j);
            }

            // The head under a headline: a byline, a stamp, a source or a name; the headline itself again (the page's
            // title over the article's); a picture's title over its caption. Another headline, or a teaser cut off by
            // the page, means a list of other stories.
            bool head = line.Verdict.Kind == ResidueKind.Attribution && features[j].Words <= 12 ||
                        features[j].Words <= 10 && !IsHeadlineLike(features[j], line) ||
                        LineText(text, segments, j).TrimEnd().SequenceEqual(LineText(text, segments, index).TrimEnd()) ||
                        NextContent(lines, j) is int below and >= 0 && IsRemovedCaption(lines[below]);
            if (!head || IsCutOff(text, segments, j) || ++kept > MaxKeptHeadLines)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A headline's shape: four to twenty words, a capital first, no sentence end and no colon at the end, no link or
    /// handle, and either a word in lower case ("Councilman Mike Deming dies") or title case with lower-case letters
    /// ("Sen. Whitehouse Introduces Affordable CHOICE Act").
    /// </summary>
    private static bool IsHeadlineLike(in LineFeatures f, in LineDecision line) =>
        IsTitleCaseHeadline(f, line) ||
        !line.Good && f.Words is >= 4 and <= 20 && f.Length <= 160 && !f.EndsSentence && f.Last is not (':' or ',' or ';') &&
        char.IsUpper(f.First) && f.CapitalizedWords + f.NumericWords < f.Words && f.Letters - f.UpperLetters >= 4 &&
        !f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash);
}
