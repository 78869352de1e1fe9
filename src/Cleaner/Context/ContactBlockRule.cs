using System;
using Cleaner.Classifiers.Footer;
using Cleaner.Features;
using Cleaner.Pipeline;
using Cleaner.Segmentation;
using Cleaner.Text;
using static Cleaner.Context.ContextLines;

namespace Cleaner.Context;

/// <summary>
/// A publisher's or office's address block closing the page: short lines after the article's last paragraph, one of them
/// a postal line ("Center TX 75935", "71157 Hildrizhausen", "CEP: 95560-000").
/// </summary>
internal static class ContactBlockRule
{
    /// <summary>A line of the address block closing the page.</summary>
    public static readonly ResidueRule ContactBlock = new("context.contact-block", ResidueKind.None,
        "After the article's last paragraph, a run of short lines to the end of the text holding a postal line " +
        "('Center TX 75935', '71157 Hildrizhausen', 'CEP: 95560-000'): the publisher's or office's address block.");

    /// <summary>How many kept lines the block may hold.</summary>
    private const int MaxBlockLines = 10;

    /// <summary>
    /// "The Light and Champion" / "137 San Augustine St." / "Center TX 75935": from the end of the text up, the kept lines
    /// that are short and not clearly body, up to the article's last clearly-body line, are removed when one of them is a
    /// postal line and the article stands above them.
    /// </summary>
    internal static void RemoveClosingBlock(
        ReadOnlySpan<char> text, ReadOnlySpan<Segment> segments, ReadOnlySpan<LineFeatures> features, Span<LineDecision> lines)
    {
        int start = -1;
        int kept = 0;
        bool postal = false;
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            ref LineDecision line = ref lines[i];
            if (line.Skipped)
            {
                continue;
            }

            if (line.Removed)
            {
                // A labelled phone number or mail address of the block counts as its postal line.
                postal |= kept > 0 && line.Verdict.Rule == FooterClassifier.Contact;
                start = kept > 0 ? i : start;
                continue;
            }

            // A byline or a source line over the block is the article's: the block starts under it.
            LineFeatures f = features[i];
            if (line.Good || f.Words > 8 || f.Length > 80 || line.Verdict.Kind == ResidueKind.Attribution)
            {
                break;
            }

            if (++kept > MaxBlockLines)
            {
                return;
            }

            postal |= IsPostalLine(LineText(text, segments, i));
            start = i;
        }

        if (!postal || kept == 0 || start <= 0 || !HasBodyAbove(lines, start))
        {
            return;
        }

        for (int i = start; i < lines.Length; i++)
        {
            if (!lines[i].Skipped && !lines[i].Removed)
            {
                lines[i].Removed = true;
                lines[i].Verdict = new Verdict(ResidueKind.Footer, 0.6f, ContactBlock);
            }
        }
    }

    private static bool HasBodyAbove(ReadOnlySpan<LineDecision> lines, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (!lines[i].Skipped && !lines[i].Removed && lines[i].Good)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A postal line: a US town, state code and ZIP ("Center TX 75935", "Washington, DC 20006-1234"), a Brazilian CEP
    /// ("CEP: 95560-000"), or a European postcode of four or five digits before one to three capitalised words ("71157
    /// Hildrizhausen", "00185 Roma", "1012 AB Amsterdam").
    /// </summary>
    internal static bool IsPostalLine(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> t = line.Trim().TrimEnd('.');
        if (t.IsEmpty || t.Length > 60)
        {
            return false;
        }

        if (t.StartsWith("CEP", StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> code = t[3..].TrimStart(" :.");
            return code.Length is 9 or 8 && IsDigits(code[..5]) && (code.Length == 8 ? IsDigits(code[5..]) : code[5] == '-' && IsDigits(code[6..]));
        }

        int count = 0;
        bool townWords = true;
        ReadOnlySpan<char> first = default;
        ReadOnlySpan<char> previous = default;
        ReadOnlySpan<char> last = default;
        foreach (ReadOnlySpan<char> word in new SpanParts(t, " "))
        {
            if (word.IsEmpty)
            {
                continue;
            }

            if (++count == 1)
            {
                first = word;
            }
            else
            {
                townWords &= char.IsUpper(word[0]) && !word.ContainsAnyInRange('0', '9');
            }

            previous = last;
            last = word;
        }

        if (count < 2)
        {
            return false;
        }

        // "Center TX 75935": a ZIP code after a state's two capitals.
        ReadOnlySpan<char> state = previous.TrimEnd(',');
        if ((last.Length == 5 && IsDigits(last) || last.Length == 10 && IsDigits(last[..5]) && last[5] == '-' && IsDigits(last[6..])) &&
            state.Length == 2 && char.IsAsciiLetterUpper(state[0]) && char.IsAsciiLetterUpper(state[1]) && count <= 6)
        {
            return true;
        }

        // "71157 Hildrizhausen", "1012 AB Amsterdam": a postcode, then the town's capitalised words and nothing else.
        // Four digits that read as a year ("2019 Champions") are no postcode.
        return (first.Length == 5 || first.Length == 4 && !(first[0] == '1' && first[1] == '9' || first[0] == '2' && first[1] == '0')) &&
               IsDigits(first) && count <= 4 && townWords;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');
}
