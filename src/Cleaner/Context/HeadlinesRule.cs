using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// Other stories' headlines: headline-shaped lines closing the document after its last body paragraph, and long upper-
/// case headlines between body paragraphs.
/// </summary>
internal static class HeadlinesRule
{
    /// <summary>A line removed as another story's headline.</summary>
    public static readonly ResidueRule Headlines = new("context.headlines", ResidueKind.None,
        "A headline of another story: headline-shaped lines closing the document after its last body paragraph, or a " +
        "long upper-case headline between body paragraphs.");

    /// <summary>
    /// "… last paragraph of the story." then "Explorer says shipwreck may be found" and "Sons cost parents more in the
    /// long run": after the last clearly-body line, when every kept line left is headline-shaped (or a credit line that
    /// is kept only as a label), they are other stories' headlines. One such line alone counts too (a story does not end
    /// on a heading with nothing under it; in the labelled corpus all 24 such lines were residue), unless it opens with
    /// a quotation mark or a bullet (the end of a quotation cut from its sentence, a last list item such as "• For
    /// confidential support call …"), holds two sentences (an author box), or, with no other residue after the last
    /// paragraph, ends on a stopword ("The company did not respond to a request for": the story's last sentence cut
    /// short; a headline never ends so).
    /// </summary>
    internal static void RemoveTrailingHeadlines(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines,
        float threshold, Language language)
    {
        int lastGood = -1;
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            if (!lines[i].Skipped && !lines[i].Removed && lines[i].Good && !IsLabel(lines[i], threshold))
            {
                lastGood = i;
                break;
            }
        }

        if (lastGood < 0)
        {
            return;
        }

        int headlines = 0;
        int residue = 0;
        int single = -1;
        bool opensWithMark = false;
        for (int i = lastGood + 1; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped)
            {
                continue;
            }

            if (line.Removed || IsLabel(line, threshold))
            {
                residue++;
                continue;
            }

            // A post quoted at the end of the story ("Liftoff! pic.twitter.com/…") is no other story's headline, nor an item
            // of the story's own schedule ("Saturday, 10 a.m.: Parade from the fire station").
            if (!IsHeadlineShaped(features[i], line) || PostLinks.IsPostText(LineText(text, segments, i)) ||
                IsFactLine(LineText(text, segments, i)) || IsScheduleItem(LineText(text, segments, i)))
            {
                return;
            }

            opensWithMark |= !char.IsLetterOrDigit(features[i].First);
            headlines++;
            single = i;
        }

        // The text's last line, not in title case, may be the story's last sentence cut off by the scraper after a
        // subheading ("The paper felt that with 1,000 pupi"): it stays. The lines before it then go only when they are
        // a list (two or more); one alone between the last paragraph and that line is taken for the story's subheading.
        int spared = -1;
        if (headlines >= 2 && EndsTheText(lines, single) && !IsInTitleCase(features[single], language))
        {
            if (headlines == 2)
            {
                return;
            }

            spared = single;
        }

        if (headlines == 0 || headlines == 1 &&
            (!IsLoneHeadline(text.Slice(segments[single].Start, segments[single].Length), opensWithMark, residue > 0) ||
             UsesSubheadings(features, lines, lastGood) ||
             !features[single].Has(WordClass.Picture) && SharesTopic(text, segments, lines, single) ||
             EndsTheText(lines, single) && !IsInStrictTitleCase(LineText(text, segments, single), features[single], language)))
        {
            return;
        }

        for (int i = lastGood + 1; i < lines.Length; i++)
        {
            ref LineDecision line = ref lines[i];
            if (i != spared && !line.Skipped && !line.Removed && !IsLabel(line, threshold))
            {
                line.Removed = true;
                line.Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, Headlines);
            }
        }
    }

    /// <summary>
    /// Whether the article has a headline-shaped line of its own between two clearly-body paragraphs (removed lines
    /// between them aside): a story with subheadings may end on one when the page was cut off after it, so one such line
    /// after the last paragraph is then its subheading, not another story's headline.
    /// </summary>
    private static bool UsesSubheadings(ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines, int lastGood)
    {
        for (int i = 0; i < lastGood; i++)
        {
            if (lines[i].Skipped || lines[i].Removed || !IsHeadlineShaped(features[i], lines[i]))
            {
                continue;
            }

            if (IsBetweenBodyLines(lines, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a lone headline-shaped line after the last paragraph speaks of the article's subject: two of its words of
    /// five letters or more (not stopwords) occur in the article's clearly-body lines ("Les gendarmes étaient en route
    /// pour une journée de formation" under a story that opens "Les gendarmes se rendaient en formation"). Then it is the
    /// article's own subheading, the page cut off under it; another story's headline shares no such words ("El protocolo
    /// de zoos y la difícil decisión de abatir a un leopardo persa" under a story about a smuggling boat). A line with a
    /// picture word ("Photo from: The National Weather Service …") is a credit, whatever its words, and is not asked.
    /// </summary>
    private static bool SharesTopic(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int line)
    {
        int shared = 0;
        ReadOnlySpan<char> own = LineText(text, segments, line);
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(own, buffer))
        {
            if (IsTopicWord(word) && BodyMentions(text, segments, lines, word.Text, 0, lines.Length, except: line) && ++shared >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the only headline-shaped line after the last paragraph is a headline: it does not open with a quotation
    /// mark or a bullet, holds no sentence end inside ("Jane Doe is a political scientist. John Roe is a lawyer" is an
    /// author box), and, when nothing else after the last paragraph is residue, does not end on a stopword.
    /// </summary>
    private static bool IsLoneHeadline(ReadOnlySpan<char> line, bool opensWithMark, bool amongResidue) =>
        !opensWithMark && !FeatureExtractor.HasInnerSentenceEnd(line) && !HasSentenceAfterBracket(line) &&
        (amongResidue || !EndsOnStopword(line));

    /// <summary>
    /// "… Irvin Muñoz (47’). Fue expulsado del partido Kevin Jareño": a sentence closed after a bracket or a quotation
    /// and another opened; a headline is one sentence.
    /// </summary>
    private static bool HasSentenceAfterBracket(ReadOnlySpan<char> line)
    {
        for (int i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && line[i - 1] is ')' or ']' or '"' or '”' or '’' or '»' &&
                char.IsUpper(line[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Lookout Fire - Size: 25,754 acres | Start Date: August 5 | Cause: Lightning": labelled values in a row, two labels
    /// ("Size: ", a word and a colon) or more, or three bars: a fact sheet's line, which no headline is.
    /// </summary>
    private static bool IsFactLine(ReadOnlySpan<char> line)
    {
        int labels = 0;
        for (int i = 1; i + 1 < line.Length; i++)
        {
            labels += line[i] == ':' && char.IsLetter(line[i - 1]) && line[i + 1] == ' ' ? 1 : 0;
        }

        return labels >= 2 || line.Count('|') >= 3;
    }

    /// <summary>
    /// "11-MILLION-TON ICEBERG THREATENS TO INUNDATE TINY GREENLAND VILLAGE": a long upper-case line with no sentence end
    /// or label, with clearly-body lines both before and after it, is a link to another story. Upper-case subheadings
    /// are short ("ON HAPPINESS:", "SWAP"); the story's own headline comes before its body.
    /// </summary>
    internal static void RemoveShoutedHeadlines(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int firstGood = -1;
        int lastGood = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Skipped && !lines[i].Removed && lines[i].Good)
            {
                firstGood = firstGood < 0 ? i : firstGood;
                lastGood = i;
            }
        }

        // An article whose subheadings are in capitals ("THROW A FILTER ON IT") may have a long one too; so may a digest of
        // stories whose long upper-case headlines head their own paragraphs ("JUDGE BLOCKS ASSETS SALE IN TAINTED-DRUG
        // LITIGATION" over "A federal judge has attached $5 million in assets …"): one that does marks the style.
        for (int i = firstGood + 1; i < lastGood; i++)
        {
            LineFeatures f = features[i];
            if (!lines[i].Skipped && !lines[i].Removed && !lines[i].Good && f.IsAllCaps && !f.EndsSentence && f.FirstColon < 0 &&
                (f.Words is >= 3 and < 7 || f.Words is >= 7 and <= 25 && HeadsNextParagraph(text, segments, lines, i)))
            {
                return;
            }
        }

        for (int i = firstGood + 1; i < lastGood; i++)
        {
            ref LineDecision line = ref lines[i];
            LineFeatures f = features[i];
            if (!line.Skipped && !line.Removed && !line.Good && f.IsAllCaps && f.Words is >= 7 and <= 25 && !f.EndsSentence &&
                f.FirstColon < 0 && f.Last is not (':' or ',' or ';') && !HeadsNextParagraph(text, segments, lines, i))
            {
                line.Removed = true;
                line.Verdict = new Verdict(ResidueKind.RelatedLinks, 0.6f, Headlines);
            }
        }
    }

    /// <summary>
    /// "PROIEZIONI RAI SENATO, FDI 25,7%, PD 19,3%" over "Secondo le proiezioni … per Rai e relative al Senato, Fratelli
    /// d'Italia risulta al 25,7% …": a live blog's upper-case heading over its own update. Two of its words of five
    /// characters or more (not stopwords) recur in the paragraph directly under it; another story's headline between two
    /// paragraphs does not speak of the next one.
    /// </summary>
    private static bool HeadsNextParagraph(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineDecision> lines, int index)
    {
        int next = NextKept(lines, index);
        if (next < 0 || !lines[next].Good)
        {
            return false;
        }

        ReadOnlySpan<char> paragraph = LineText(text, segments, next);
        int shared = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(LineText(text, segments, index), buffer))
        {
            if (IsTopicWord(word) &&
                paragraph.Contains(word.Text, StringComparison.OrdinalIgnoreCase) && ++shared >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
