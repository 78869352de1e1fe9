using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// A short run of undecided short lines between residue lines (or between residue and the end) is residue.
/// </summary>
internal static class SurroundedRule
{
    /// <summary>A line removed because residue surrounds it.</summary>
    public static readonly ResidueRule Surrounded = new("context.surrounded", ResidueKind.None,
        "A short undecided line inside a run of residue.");

    internal static void AbsorbSurroundedRuns(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        int maxRun)
    {
        int previousContent = -1;
        bool seenGood = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped)
            {
                continue;
            }

            seenGood |= lines[i].Good && !lines[i].Removed;

            if (!IsShortUndecided(features[i], lines[i]))
            {
                previousContent = i;
                continue;
            }

            // A run of short undecided lines starts here; find its end.
            int runStart = i;
            int runLength = 0;
            int end = i;
            for (int j = i; j < lines.Length; j++)
            {
                if (lines[j].Skipped)
                {
                    continue;
                }

                if (!IsShortUndecided(features[j], lines[j]))
                {
                    break;
                }

                runLength++;
                end = j;
            }

            int after = NextContent(lines, end);
            bool residueBefore = previousContent >= 0 && lines[previousContent].Removed;
            bool residueAfter = after < 0 || lines[after].Removed;
            // Under the last copy of a listing's link repeated after each item, the next item's heading; closing the text
            // under a blog's date, as each post's title stood under its own higher up, the next post's title (words
            // with a stopword, no name).
            if (residueBefore && residueAfter && runLength <= maxRun &&
                !BodyLayout.IsRepeatedTitleOfParagraph(text, segments, lines, runStart, end) &&
                !(runLength == 1 && SectionRule.IsRepeatedItemLink(text, segments, lines, previousContent)) &&
                !(runLength == 1 && after < 0 && lines[previousContent].Verdict.Kind == ResidueKind.Timestamp &&
                  features[end].Words >= 3 && features[end].Stopwords > 0 &&
                  SectionRule.IsRepeatedItemMarker(text, segments, lines, previousContent, sameText: false)))
            {
                Verdict neighbour = lines[previousContent].Verdict;

                // The text's last line cut off in mid-sentence by the scraper or the excerpt ("According to t", "A") is the
                // story's next paragraph, not residue: menus and credits do not end on a stopword or a word's first letters.
                int last = after < 0 && EndsMidSentence(LineText(text, segments, end)) ? end : -1;
                for (int j = runStart; j <= end; j++)
                {
                    // Above the article's first paragraph, under a widget or a marker, the article's own headline stays.
                    if (!lines[j].Skipped && j != last && !(!seenGood && ArticleHead.IsArticleHeadline(text, segments, features, lines, j)))
                    {
                        lines[j].Removed = true;
                        lines[j].Verdict = new Verdict(neighbour.Kind, 0.55f, Surrounded);
                    }
                }
            }

            previousContent = end;
            i = end;
        }
    }

    /// <summary>
    /// Whether a line stops in mid-sentence: it ends on a stopword in lower case ("The mayor said the"; "A" alone) or on one
    /// or two lower-case letters after another word ("According to t"), with no punctuation after them. A title-case
    /// heading may end on a capitalised stopword ("Before You Leave, Check This Out").
    /// </summary>
    private static bool EndsMidSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.IsEmpty || !char.IsLetter(line[^1]))
        {
            return false;
        }

        int space = line.LastIndexOf(' ');
        ReadOnlySpan<char> lastWord = line[(space + 1)..];
        bool lower = char.IsLower(lastWord[0]);
        return EndsOnStopword(line) && (lower || space < 0) ||
               space > 0 && lastWord.Length <= 2 && lower && char.IsLower(lastWord[^1]);
    }
}
