using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
using static Cleaner.Context.ContextLines;
using static Cleaner.Context.LineShapes;

namespace Cleaner.Context;

/// <summary>
/// A caption scraped twice in a row, the second copy with its credit glued to it.
/// </summary>
internal static class CaptionCopyRule
{
    /// <summary>A caption scraped twice, the second time with its credit glued to it.</summary>
    public static readonly ResidueRule CaptionCopy = new("context.caption-copy", ResidueKind.None,
        "A caption scraped twice in a row, the second copy with a credit glued to it ('… in Forest Glen, Md.' then 'By " +
        "Jane Doe, Getty Images… in Forest Glen, Md.'): both copies go.");

    /// <summary>
    /// "L'adjointe au maire … a inauguré ce nouvel espace." then "L'adjointe au maire … a inauguré ce nouvel espace.
    /// SEBASTIEN HERVIER": two lines in a row of which one repeats the other whole with a few words more (eight at most) at
    /// its start or end, when those words are a credit (the next line has a caption verdict, or they are a name in capitals, or hold
    /// a picture word). A standfirst repeated as the start of the first paragraph has a whole paragraph more, and stays.
    /// </summary>
    internal static void RemoveCaptionCopies(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Skipped || lines[i].Removed || features[i].Words < 4 || features[i].Length > 400)
            {
                continue;
            }

            int j = NextContent(lines, i);
            if (j < 0 || lines[j].Removed && lines[j].Verdict.Rule is not { Kind: ResidueKind.Caption })
            {
                continue;
            }

            // The copy with the credit may come first or second.
            ReadOnlySpan<char> own = LineText(text, segments, i).TrimEnd();
            ReadOnlySpan<char> copy = LineText(text, segments, j).TrimEnd();
            int longer = j;
            if (own.Length > copy.Length)
            {
                ReadOnlySpan<char> swap = copy;
                copy = own;
                own = swap;
                longer = i;
            }

            if (copy.Length <= own.Length + 3 || own.Length < 20)
            {
                continue;
            }

            ReadOnlySpan<char> rest;
            bool after;
            if (copy.StartsWith(own, StringComparison.Ordinal))
            {
                rest = copy[own.Length..];
                after = true;
            }
            else if (copy.EndsWith(own, StringComparison.Ordinal))
            {
                rest = copy[..^own.Length];
                after = false;
            }
            else if (copy.IndexOf(own, StringComparison.Ordinal) is > 0 and var at && IsDateStamp(copy[..at]))
            {
                // "July 31, 2013 A woman waves … Nasr City area. … Jane Doe/European Pressphoto Agency": the copy
                // opens with the picture's date and closes with the credit.
                rest = copy[(at + own.Length)..];
                after = true;
            }
            else
            {
                continue;
            }

            bool captionVerdict = lines[longer].Verdict.Rule is { Kind: ResidueKind.Caption } && lines[longer].Verdict.Score >= 0.5f;
            // A name in capitals after a line that is no sentence is a site's name after a headline ("… - FOX NEWS").
            int shorter = longer == i ? j : i;
            if (!IsCredit(rest, captionVerdict, after && features[shorter].EndsSentence))
            {
                continue;
            }

            // "Am Stader Landgericht konnten … abgeschlossen werden." under the headline, then the same with "Foto: Jane
            // Doe/dpa": the article's standfirst, which the picture desk reused as the caption. The first paragraph under
            // the headline stays; its credited copy goes. Copies on consecutive lines, with no blank line between them,
            // are the picture's alternative text and its caption ("Staffers place a sign …" twice), whatever their place.
            bool standfirst = shorter == i && j > i + 1 && lines[i].Good && IsFirstParagraph(lines, i);
            for (int k = i; k <= j; k += j - i)
            {
                if (standfirst && k == shorter)
                {
                    continue;
                }

                if (!lines[k].Removed)
                {
                    lines[k].Removed = true;
                    lines[k].Verdict = new Verdict(ResidueKind.Caption, 0.6f, CaptionCopy);
                }
            }
        }
    }

    /// <summary>
    /// Whether the words a caption's second copy adds are its credit: eight words at most, and either the copy already has
    /// a caption verdict, or the words hold a picture word, or they follow the caption and are a name in capitals
    /// ("SEBASTIEN HERVIER", two words or more). Capitals before the text are a dateline ("NEW YORK (AP) — At least
    /// 420,000 households …" repeating the standfirst is the article's first paragraph), and so is an agency in brackets.
    /// </summary>
    private static bool IsCredit(ReadOnlySpan<char> rest, bool captionVerdict, bool after)
    {
        if (rest.IndexOfAny('(', '—', '–') >= 0 && !after)
        {
            return false;
        }

        int words = 0;
        int upper = 0;
        bool picture = false;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(rest, buffer))
        {
            words++;
            picture |= word.Is(WordClass.Picture);
            if (word.Text.Length >= 2 && IsUpperWord(word.Text))
            {
                upper++;
            }
        }

        return words is > 0 and <= 8 && (captionVerdict || picture || after && upper >= 2 && upper == words);
    }

    /// <summary>
    /// Whether line <paramref name="index"/> is the first clearly-body line under a kept line (the headline): no clearly-body
    /// line before it, and some kept line.
    /// </summary>
    private static bool IsFirstParagraph(ReadOnlySpan<LineDecision> lines, int index)
    {
        bool kept = false;
        for (int k = 0; k < index; k++)
        {
            if (lines[k].Skipped || lines[k].Removed)
            {
                continue;
            }

            if (lines[k].Good)
            {
                return false;
            }

            kept = true;
        }

        return kept;
    }

    /// <summary>A date with a year and nothing else, four words at most: "July 31, 2013 ", "31.07.2013 ".</summary>
    private static bool IsDateStamp(ReadOnlySpan<char> prefix)
    {
        ReadOnlySpan<char> trimmed = prefix.Trim();
        if (trimmed.Length is < 4 or > 24 || trimmed.Count(' ') > 3 || !char.IsLetterOrDigit(trimmed[0]))
        {
            return false;
        }

        int run = 0;
        bool year = false;
        foreach (char c in trimmed)
        {
            if (c is '(' or ')' or '—' or '–' or '-' && run == 0)
            {
                return false;
            }

            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            year |= run == 4;
        }

        return year;
    }
}
