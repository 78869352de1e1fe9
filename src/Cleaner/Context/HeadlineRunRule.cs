using System;
using Cleaner.Classifiers.RelatedLinks;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// Other stories' headlines listed without a label after the article's paragraphs: a run of lines in a row that are
/// each shaped like a headline.
/// </summary>
internal static class HeadlineRunRule
{
    /// <summary>A headline in a run of other stories' headlines.</summary>
    public static readonly ResidueRule HeadlineRun = new("context.headline-run", ResidueKind.None,
        "Three headline-shaped lines or more in a row (each perhaps after a date) under the article's last paragraph, none " +
        "ending like a sentence, sharing few words with the article: a list of other stories' headlines.");

    /// <summary>The fewest headlines in a row that make a list.</summary>
    private const int MinRun = 3;

    /// <summary>
    /// "Dozens dead after fire rips through ski resort town" / "Dense fog disrupts flight operations, six flights
    /// diverted" / "First sleeper train to run between Guwahati and Kolkata" under the article's last paragraph: three
    /// lines or more in a row (blank and removed lines aside) directly under a clearly-body line and with none after
    /// them, each shaped like a headline (five to twenty words, no sentence end, in sentence or title case, optionally
    /// after a date: "15/01/2026 - Suspeito de tráfico de drogas é detido em Papagaios"), are a list of other stories,
    /// whatever follows them (a "Scroll for next" link, a cut-off teaser). (The trailing-headlines rule asks that every
    /// line after the last paragraph be headline-shaped.)
    /// </summary>
    internal static void RemoveHeadlineRuns(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        // Between two paragraphs, a list of the story's own points (announced by a sentence, not by a colon) looks the
        // same: only the lines after the last clearly-body line are looked at.
        int lastGood = -1;
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            if (!lines[i].Skipped && !lines[i].Removed && lines[i].Good)
            {
                lastGood = i;
                break;
            }
        }

        if (lastGood < 0)
        {
            return;
        }

        RemoveListedAfterLabel(text, segments, features, lines);
        int runStart = -1;
        int runEnd = -1;
        int count = 0;
        for (int i = NextKept(lines, lastGood); ; i = NextKept(lines, i))
        {
            if (i >= 0 && IsListedHeadline(text, segments, features[i], lines[i], i))
            {
                runStart = runStart < 0 ? i : runStart;
                runEnd = i;
                count++;
                continue;
            }

            if (count >= MinRun && IsOtherStories(text, segments, features, lines, runStart, runEnd))
            {
                for (int j = runStart; j >= 0 && j <= runEnd; j = NextKept(lines, j))
                {
                    lines[j].Removed = true;
                    lines[j].Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, HeadlineRun);
                }
            }

            if (i < 0)
            {
                return;
            }

            runStart = -1;
            count = 0;
        }
    }

    /// <summary>
    /// Whether a run of headline-shaped lines is a list of other stories rather than the story's own list. The story's
    /// list is announced ("The candidates are:", "Symptoms include:") or bulleted ("• Bertie County Comm. …", "- Les
    /// pompiers ont déployé …"), its items are built alike ("RULED OUT: Ross Barkley (calf)", "Trenton, N.J.: +9.9%") and
    /// speak of the story's subject ("VX can be absorbed …" under a story about VX). Other stories' headlines follow a
    /// paragraph directly, open with a word, seldom all hold a label before a colon, and share few of their words with
    /// the article. Between two paragraphs the two look too much alike (a story's points announced by a full sentence):
    /// a run with a clearly-body line after it is left.
    /// </summary>
    private static bool IsOtherStories(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines,
        int runStart, int runEnd)
    {
        int above = PreviousKept(lines, runStart);
        if (above < 0 || !lines[above].Good || features[above].Last == ':')
        {
            return false;
        }

        int items = 0;
        int colons = 0;
        for (int j = runStart; j >= 0 && j <= runEnd; j = NextKept(lines, j))
        {
            LineFeatures f = features[j];
            if (!char.IsLetterOrDigit(f.First) && f.First is not ('"' or '“' or '\'' or '‘' or '«'))
            {
                return false;
            }

            items++;
            colons += f.FirstColon >= 0 ? 1 : 0;
        }

        return colons * 2 <= items && !SharesArticleWords(text, segments, lines, runStart, runEnd);
    }

    /// <summary>
    /// "Also Read:- Highway 401 Shut Down After Tanker Crash" / "- Andres Gimenez Returns to Shortstop After Long Wait":
    /// under a labelled link to another story that was removed, the lines that go on the list (a bullet or a dash, then a
    /// headline: no sentence end, not clearly body), up to the next line of another shape, are its other items.
    /// </summary>
    private static void RemoveListedAfterLabel(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Removed || lines[i].Verdict.Rule != RelatedLinksClassifier.Labelled)
            {
                continue;
            }

            for (int j = NextKept(lines, i); j >= 0 && IsBulletedHeadline(text, segments, features[j], lines[j], j); j = NextKept(lines, j))
            {
                lines[j].Removed = true;
                lines[j].Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, HeadlineRun);
            }
        }
    }

    /// <summary>A dash or a bullet, then a headline of four to twenty words in sentence or title case, with no sentence end.</summary>
    private static bool IsBulletedHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, in LineFeatures f, in LineDecision line, int index)
    {
        ReadOnlySpan<char> t = LineText(text, segments, index);
        if (line.Good || f.EndsSentence || f.Words is < 4 or > 20 || t.Length < 3 || t[0] is not ('-' or '–' or '—' or '•' or '·' or '▪' or '►') ||
            f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash))
        {
            return false;
        }

        ReadOnlySpan<char> rest = t[1..].TrimStart();
        return rest.Length > 0 && char.IsUpper(rest[0]) && f.Letters - f.UpperLetters >= 4;
    }

    /// <summary>How far from the run the article's paragraphs are read for its subject.</summary>
    private const int TopicWindow = 60;

    /// <summary>
    /// Whether three in ten or more of the run's topic words (five letters or more, not stopwords) occur in the article's
    /// clearly-body lines near the run.
    /// </summary>
    private static bool SharesArticleWords(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int runStart, int runEnd) =>
        SharedShare(text, segments, lines, runStart, runEnd) * 10 >= 3f;

    /// <summary>The share of the run's topic words (five letters or more, not stopwords) that occur in the article's clearly-body lines near it.</summary>
    private static float SharedShare(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int runStart, int runEnd)
    {
        int from = Math.Max(0, runStart - TopicWindow);
        int to = Math.Min(lines.Length, runEnd + TopicWindow);
        int topic = 0;
        int shared = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        for (int j = runStart; j >= 0 && j <= runEnd; j = NextKept(lines, j))
        {
            foreach (LineWords.Word word in new LineWords(LineText(text, segments, j), buffer))
            {
                if (!IsTopicWord(word))
                {
                    continue;
                }

                topic++;
                shared += BodyMentions(text, segments, lines, word.Text, from, to) ? 1 : 0;
            }
        }

        return topic == 0 ? 1f : (float)shared / topic;
    }

    /// <summary>A headline-shaped line, in sentence or title case, possibly after a date ("15/01/2026 - ").</summary>
    private static bool IsListedHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, in LineFeatures f, in LineDecision line, int index)
    {
        if (line.Good || f.EndsSentence || f.Words is < 5 or > 24 || IsScheduleItem(LineText(text, segments, index)))
        {
            return false;
        }

        if (IsHeadlineShaped(f, line) || IsTitleCaseHeadline(f, line))
        {
            return true;
        }

        // "15/01/2026 - Suspeito de tráfico de drogas é detido em Papagaios": a date, a separator, then a headline of
        // four words or more with small letters.
        return char.IsAsciiDigit(f.First) && f.Words >= 7 && f.Letters - f.UpperLetters >= 4 && f.CapitalizedWords < f.Words &&
               !f.Has(LineMarks.Url | LineMarks.At | LineMarks.Hash) && OpensWithDate(LineText(text, segments, index));
    }

    /// <summary>
    /// Whether a line opens with a numeric date (day, month and year: "15/01/2026", "1.5.24", "2026-01-15") and a
    /// separator (a dash, a bar or a colon) before a capital or a number.
    /// </summary>
    private static bool OpensWithDate(ReadOnlySpan<char> line)
    {
        int i = 0;
        int groups = 0;
        while (groups < 3)
        {
            int start = i;
            while (i < line.Length && char.IsAsciiDigit(line[i]))
            {
                i++;
            }

            int digits = i - start;
            if (digits is < 1 or > 4)
            {
                return false;
            }

            groups++;
            if (groups < 3)
            {
                if (i >= line.Length || line[i] is not ('/' or '.' or '-'))
                {
                    return false;
                }

                i++;
            }
        }

        ReadOnlySpan<char> rest = line[i..].TrimStart();
        if (rest.IsEmpty || rest[0] is not ('-' or '–' or '—' or '|' or ':'))
        {
            return false;
        }

        rest = rest[1..].TrimStart();
        return !rest.IsEmpty && (char.IsUpper(rest[0]) || char.IsAsciiDigit(rest[0]));
    }
}
