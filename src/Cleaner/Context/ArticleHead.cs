using System;
using Cleaner.Classifiers.RelatedLinks;
using Cleaner.Classifiers.Video;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
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
    /// the first paragraph of the article (clearly body, not a teaser cut off by the page unless it ends the text), with
    /// only removed lines and
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

            // A paragraph cut off by the page is a teaser of another story under its headline, unless it ends the
            // text: then the page held that one story (a listing cut after its first item, an excerpt of the article).
            if (line.Good)
            {
                return !IsCutOff(text, segments, j) || EndsTheText(lines, j);
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

    /// <summary>A labelled title kept because it heads the article at the top of the page.</summary>
    public static readonly ResidueRule LabelledHeadline = new("context.labelled-headline", ResidueKind.None,
        "A 'VIDEO:' or 'WATCH:' title at the top of the page, over the article's byline or first paragraph: the story's headline.");

    /// <summary>How many lines (a byline, a stamp, the title again) may stand between a labelled headline and the story.</summary>
    private const int MaxLinesUnderLabelledHeadline = 3;

    private static readonly string[] TitleLabels = ["video", "vídeo", "vidéo", "watch", "icymi", "listen", "audio"];

    /// <summary>
    /// "VIDEO: Suspect accused of shooting Henderson County deputy now in custody" over "HENDERSON COUNTY, Texas (KLTV) -
    /// Law enforcement has located …": video stories and blog posts title themselves with the label a link to another
    /// story or a player's title carries. At the top of the page (no kept line above it), such a title whose words after
    /// the label are headline-shaped, directly over the story's first paragraph (past a byline, a stamp or the title
    /// again, three lines at most), is the article's headline and stays. Inside or after the article the label keeps its
    /// meaning.
    /// </summary>
    internal static void KeepLabelledHeadline(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        KeepBylinedTitles(text, segments, features, lines);
        int title = -1;
        for (int i = 0; i < lines.Length && title < 0; i++)
        {
            if (lines[i].Skipped)
            {
                continue;
            }

            if (!lines[i].Removed)
            {
                return;
            }

            if (IsLabelledTitle(text, segments, features, lines, i))
            {
                title = i;
            }
        }

        if (title < 0)
        {
            return;
        }

        int last = title;
        int between = 0;
        for (int j = NextContent(lines, title); j >= 0; j = NextContent(lines, j))
        {
            if (lines[j].Good && !lines[j].Removed)
            {
                if (IsCutOff(text, segments, j))
                {
                    return;
                }

                break;
            }

            // The title again (a page title over the story's), a byline, a stamp or a dateline of a few words.
            bool again = IsLabelledTitle(text, segments, features, lines, j);
            bool head = again || lines[j].Verdict.Kind is ResidueKind.Attribution or ResidueKind.Timestamp ||
                        !lines[j].Removed && features[j].Words <= 12 && features[j].Digits > 0;
            if (!head || ++between > MaxLinesUnderLabelledHeadline)
            {
                return;
            }

            if (again)
            {
                last = j;
            }
        }

        for (int i = title; i <= last; i++)
        {
            if (!lines[i].Skipped && IsLabelledTitle(text, segments, features, lines, i))
            {
                lines[i].Removed = false;
                lines[i].Verdict = new Verdict(ResidueKind.None, 0f, LabelledHeadline);
            }
        }
    }

    /// <summary>
    /// "ICYMI: This DC Weatherman Did a Madonna-Themed Forecast, Too" over "Peggy Truong | September 14, 2015 - 12:17 pm":
    /// anywhere on the page, a labelled title directly over a byline that carries a date and is split by a bar or a
    /// bullet, with more of the post under it, is a post's headline (a blog's or a listing's); a link to another story
    /// carries no byline of its own.
    /// </summary>
    private static void KeepBylinedTitles(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped || !IsLabelledTitle(text, segments, features, lines, i))
            {
                continue;
            }

            int byline = NextContent(lines, i);
            if (byline < 0 || lines[byline].Removed || lines[byline].Good || features[byline].Words > 12 || features[byline].Digits < 4 ||
                LineText(text, segments, byline).IndexOfAny('|', '•') < 0 || NextContent(lines, byline) is not (int next and >= 0) ||
                lines[next].Removed)
            {
                continue;
            }

            lines[i].Removed = false;
            lines[i].Verdict = new Verdict(ResidueKind.None, 0f, LabelledHeadline);
        }
    }

    /// <summary>A removed "VIDEO: …", "WATCH: …" or "ICYMI: …" line whose words after the label are headline-shaped.</summary>
    private static bool IsLabelledTitle(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines,
        int index)
    {
        LineFeatures f = features[index];
        if (!lines[index].Removed || lines[index].Verdict.Rule != VideoClassifier.Player &&
            lines[index].Verdict.Rule != RelatedLinksClassifier.Labelled || f.FirstColon is < 4 or > 12 || f.Words < 6 ||
            f.EndsSentence || f.Has(LineMarks.Url))
        {
            return false;
        }

        ReadOnlySpan<char> line = LineText(text, segments, index);
        ReadOnlySpan<char> label = line[..Math.Min(f.FirstColon, line.Length)].Trim();
        ReadOnlySpan<char> rest = line[Math.Min(f.FirstColon + 1, line.Length)..].Trim();
        return SpanWords.IsOneOf(label, TitleLabels) && rest.Length > 0 && char.IsUpper(rest[0]);
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
