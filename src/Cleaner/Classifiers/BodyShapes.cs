using System;
using Cleaner.Features;

namespace Cleaner.Classifiers;

/// <summary>
/// Shapes of article lines that residue rules mistake for residue on their own: the guards a classifier asks before it
/// claims a line. Each names a family of body lines (a results list, a list of names with their roles, a place name),
/// written in any language, never a string from one page.
/// </summary>
internal static class BodyShapes
{
    /// <summary>
    /// "1° Giulio Ciccone (Bardiani Csf) 5h44’32”", "2º Ivan Rovny (Tinkoff) a 42″": an entry of a ranking, opened by an
    /// ordinal written with a degree sign or the ordinal indicator (Italian, Spanish and Portuguese results lists), then a
    /// capitalised name. A weather widget's degree follows a temperature, alone or before its unit or sky words
    /// ("24° wxIcon", "22° Mostly Cloudy", "Hi: 31° Lo: 22°"), and a one-word place ("18° London") stays too short.
    /// </summary>
    internal static bool IsRankedEntry(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (features.Words < 3 || features.Has(WordClass.Weather))
        {
            return false;
        }

        ReadOnlySpan<char> line = text.TrimStart();
        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        // One ordinal at the head of the line and no other degree sign (a widget gives highs and lows).
        if (digits is 0 or > 2 || digits + 2 >= line.Length || line[digits] is not ('°' or 'º') ||
            line[(digits + 1)..].IndexOfAny('°', 'º') >= 0 || !char.IsWhiteSpace(line[digits + 1]))
        {
            return false;
        }

        ReadOnlySpan<char> name = line[(digits + 2)..].TrimStart();
        int end = 0;
        while (end < name.Length && char.IsLetter(name[end]))
        {
            end++;
        }

        // A capitalised word that is not a temperature's unit ("° C", "° Celsius", "° F").
        return end >= 2 && char.IsUpper(name[0]) && char.IsLower(name[1]) &&
               !name[..end].Equals("Celsius", StringComparison.OrdinalIgnoreCase) &&
               !name[..end].Equals("Fahrenheit", StringComparison.OrdinalIgnoreCase);
    }
}
