using System;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A site's menu or breadcrumb scraped as a list at the very top of the page.
/// </summary>
internal static class TopMenuRule
{
    /// <summary>A site's menu or breadcrumb scraped as a list at the top of the page.</summary>
    public static readonly ResidueRule TopMenu = new("context.top-menu", ResidueKind.None,
        "A list of short items at the very top of the page, above the headline: a breadcrumb numbered from 1 ('1. Startseite' " +
        "/ '2. Politik'), or three bulleted section names or more ('• Tennis' / '• Darts' / '• Alle Sportarten').");

    /// <summary>
    /// "1. Startseite" / "2. Politik" / headline, "• Tennis" / "• Darts" / "• Alle Sportarten" / headline: a list of short
    /// items (five words at most, no sentence end) as the first kept lines of the page is the site's menu or breadcrumb.
    /// Numbered items count from 1 (two are enough); bulleted ones need three. A short line above the list (the site's
    /// name) goes with it. A list further down, or one whose items are sentences, is the article's.
    /// </summary>
    internal static void RemoveTopMenu(ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int first = NextKept(lines, -1);
        if (first < 0)
        {
            return;
        }

        // The list may start on the first kept line, or on the second under a short masthead.
        for (int start = first, attempt = 0; start >= 0 && attempt < 2; start = NextKept(lines, start), attempt++)
        {
            // A masthead is a name, in title case or capitals ("The Example Independent"); a headline in sentence case
            // over a list ("Five tips for winter driving") is the story's own.
            LineFeatures masthead = features[first];
            if (attempt == 1 && (masthead.Words > 5 || masthead.EndsSentence || lines[first].Good || !(masthead.IsTitleCase || masthead.IsAllCaps)))
            {
                return;
            }

            int items = 0;
            int wordy = 0;
            int last = -1;
            bool numbered = false;
            for (int j = start; j >= 0; j = NextKept(lines, j))
            {
                int ordinal = MenuItemOrdinal(LineText(text, segments, j), features[j]);
                if (ordinal < 0 || items == 0 && ordinal > 1 || items > 0 && (ordinal > 0) != numbered ||
                    numbered && ordinal != items + 1)
                {
                    break;
                }

                numbered = ordinal > 0;
                items++;
                wordy += features[j].Stopwords > 0 ? 1 : 0;
                last = j;
            }

            // Menu items are names ("Sport", "Food & Drink", "Real Estate"); a list whose items mostly hold stopwords
            // ("Keep your distance", "Check your tyres") is the story's own points.
            if ((items >= 3 || numbered && items >= 2) && wordy * 3 <= items)
            {
                // The article must follow: a clearly-body line after the list.
                bool article = false;
                for (int j = NextKept(lines, last); j >= 0 && !article; j = NextKept(lines, j))
                {
                    article = lines[j].Good;
                }

                if (!article)
                {
                    return;
                }

                for (int j = first; j >= 0 && j <= last; j = NextKept(lines, j))
                {
                    lines[j].Removed = true;
                    lines[j].Verdict = new Verdict(ResidueKind.Navigation, 0.6f, TopMenu);
                }

                return;
            }
        }
    }

    /// <summary>
    /// A menu item: a bullet ('•', '·', '-', '*', '▪', '►') or a number and a full stop, then one to five words (or a
    /// separator such as "//"), no sentence end. Returns 0 for a bulleted item, its number for a numbered one, -1 otherwise.
    /// </summary>
    private static int MenuItemOrdinal(ReadOnlySpan<char> line, in LineFeatures f)
    {
        if (line.Length is < 2 or > 48 || f.Words > 5 || f.Last is '.' or '!' or ':' or ',' or ';')
        {
            return -1;
        }

        int ordinal = 0;
        ReadOnlySpan<char> rest;
        if (line[0] is '•' or '·' or '-' or '*' or '▪' or '►' or '–' && line[1] == ' ')
        {
            rest = line[2..];
        }
        else
        {
            int dot = line.IndexOf(". ");
            if (dot is <= 0 or > 2 || line[..dot].ContainsAnyExceptInRange('0', '9'))
            {
                return -1;
            }

            ordinal = int.Parse(line[..dot], System.Globalization.CultureInfo.InvariantCulture);
            if (ordinal == 0)
            {
                return -1;
            }

            rest = line[(dot + 2)..];
        }

        rest = rest.Trim();
        return !rest.IsEmpty && rest.Count(' ') <= 4 && !IsScore(rest) ? ordinal : -1;
    }

    /// <summary>
    /// "1 - 0", "2:1", "3–2": a match's score. A list with one is a result's header (competition, home side, score, away
    /// side), the article's own; a menu never holds one.
    /// </summary>
    private static bool IsScore(ReadOnlySpan<char> item)
    {
        int i = 0;
        while (i < item.Length && char.IsAsciiDigit(item[i]))
        {
            i++;
        }

        if (i is 0 or > 3)
        {
            return false;
        }

        ReadOnlySpan<char> rest = item[i..].TrimStart(' ');
        if (rest.IsEmpty || rest[0] is not ('-' or '–' or ':'))
        {
            return false;
        }

        rest = rest[1..].TrimStart(' ');
        return rest.Length is >= 1 and <= 3 && !rest.ContainsAnyExceptInRange('0', '9');
    }
}
