using System;
using Cleaner.Features;
using Cleaner.Text;

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

    /// <summary>
    /// "Mont-Saint-Michel", "Saint-Aimé-du-Lac-des-Îles", "Stratford-upon-Avon", "Castrop-Rauxel": a compound proper name
    /// (a place, a double surname) written with hyphens, every part capitalised but short joining words ("du", "des",
    /// "upon"), no digit. A picture's slug is a sentence in lower case ("Brooklyn-Beckham-engaged", "man-arrested-1234").
    /// </summary>
    internal static bool IsHyphenatedProperName(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> token = text.Trim();
        int parts = 0;
        int capitalised = 0;
        int start = 0;
        for (int i = 0; i <= token.Length; i++)
        {
            if (i < token.Length && token[i] != '-')
            {
                if (!char.IsLetter(token[i]) && token[i] != '\'' && token[i] != '’')
                {
                    return false;
                }

                continue;
            }

            ReadOnlySpan<char> part = token[start..i];
            start = i + 1;
            parts++;
            if (part.IsEmpty)
            {
                return false;
            }

            bool last = i == token.Length;
            if (char.IsUpper(part[0]) && (part.Length == 1 || !IsAllUpper(part)))
            {
                capitalised++;
            }
            else if (parts == 1 || last || part.Length > 4 || char.IsUpper(part[^1]))
            {
                // The first and the last part of a name are capitalised; a lower-case part is a short joining word.
                return false;
            }
        }

        return parts >= 2 && capitalised >= 2;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> part)
    {
        foreach (char c in part)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Mady Doe-Weber, Fernando Roe / Conseillers", "Aender Moe / Secrétaire communal": people and their office after a
    /// slash, a line of a list of those present (council minutes, a team's staff). A picture's credit names one
    /// photographer and an outlet, capitalised ("Anna Kim/Bloomberg", "Jane Doe / The Example Times"), or a picture
    /// word ("Jane Doe/Getty Images", "Courtesy/family archive"); here several names come before the slash, or the
    /// office is written in words that are not all capitalised.
    /// </summary>
    internal static bool IsNamesWithOffice(ReadOnlySpan<char> text, in LineFeatures features)
    {
        int slash = text.IndexOf('/');
        int lastSlash = text.LastIndexOf('/');
        if (slash <= 0 || features.Has(WordClass.Picture))
        {
            return false;
        }

        ReadOnlySpan<char> names = text[..slash].Trim();
        ReadOnlySpan<char> office = text[(lastSlash + 1)..].Trim();
        if (office.IsEmpty || !char.IsUpper(office[0]) || IsAllUpper(office))
        {
            return false;
        }

        // Several people before the slash: "Jane Doe, John Roe / …", each of two capitalised words or more.
        int comma = names.IndexOf(',');
        if (comma > 0 && IsPersonName(names[..comma]) && IsPersonName(names[(comma + 1)..]))
        {
            return true;
        }

        // An office in words, a lower-case word after its first: "Secrétaire communal", "Consigliere comunale".
        int space = office.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = office[(space + 1)..];
        while (!rest.IsEmpty)
        {
            int next = rest.IndexOf(' ');
            ReadOnlySpan<char> word = (next < 0 ? rest : rest[..next]).Trim(",;.");
            rest = next < 0 ? [] : rest[(next + 1)..];
            if (word.Length >= 4 && char.IsLower(word[0]) && IsLetters(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two to four words, every one capitalised: "Fernando Ferreira", "Mady Bormann-Weber".</summary>
    private static bool IsPersonName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        int words = 0;
        while (!name.IsEmpty)
        {
            int next = name.IndexOf(' ');
            ReadOnlySpan<char> word = next < 0 ? name : name[..next];
            name = next < 0 ? [] : name[(next + 1)..].TrimStart();
            if (word.Length < 2 || !char.IsUpper(word[0]) || IsAllUpper(word))
            {
                return false;
            }

            words++;
        }

        return words is >= 2 and <= 4;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The new prices take effect from today, Tuesday, 1 November 2022.", "Die Regel gilt ab morgen, Freitag, 3. März
    /// 2023.": a sentence whose closing date tells which day "today" or "tomorrow" is, a date in apposition to a word of
    /// relative time. A picture desk's caption gives the place before the date ("… in Washington, Thursday, Feb. 16,
    /// 2017"), never "today".
    /// </summary>
    internal static bool DatesARelativeDay(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> tail = text.Length > 80 ? text[^80..] : text;
        for (int comma = tail.IndexOf(','); comma > 0; comma = NextComma(tail, comma))
        {
            int start = comma;
            while (start > 0 && (char.IsLetter(tail[start - 1]) || tail[start - 1] is '\'' or '’'))
            {
                start--;
            }

            if (SpanWords.IsOneOf(tail[start..comma], RelativeDays))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextComma(ReadOnlySpan<char> text, int comma)
    {
        int next = text[(comma + 1)..].IndexOf(',');
        return next < 0 ? -1 : comma + 1 + next;
    }

    private static readonly string[] RelativeDays =
    [
        "today", "tomorrow", "yesterday", "tonight", "heute", "morgen", "gestern", "aujourd'hui", "aujourd’hui", "demain",
        "hoy", "mañana", "ayer", "oggi", "domani", "ieri", "hoje", "amanhã", "ontem", "vandaag", "gisteren",
    ];

    /// <summary>
    /// "Handicap, Southwell, February 4, 2021", "Finale, Roland-Garros, 8 juin 2024": a title naming an event, its
    /// place and its date, without a single stopword. A caption describes the picture in a phrase ("… in Tel Aviv, July
    /// 31, 2014").
    /// </summary>
    internal static bool IsDatedTitle(in LineFeatures features) =>
        features.Stopwords == 0 && features.Words <= 6 && !features.EndsSentence;

    /// <summary>
    /// "EARLIER: Auckland Mayor Len Brown has been returned for a second term.", "UPDATE: The road has reopened.": a live
    /// story's update, a label of time before a sentence of the story. A link to another story carries its headline
    /// ("LATEST: Police name crash victim"), no sentence with its full stop.
    /// </summary>
    internal static bool IsLiveUpdate(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (!features.EndsSentence || features.Last != '.' || features.Words < 8 || features.Stopwords < 2 ||
            features.FirstColon is <= 0 or > 24)
        {
            return false;
        }

        ReadOnlySpan<char> sentence = text[(features.FirstColon + 1)..].Trim();
        return sentence.Length > 0 && char.IsUpper(sentence[0]) && SpanWords.IsOneOf(text[..features.FirstColon].Trim(), UpdateLabels);
    }

    private static readonly string[] UpdateLabels =
    [
        "earlier", "latest", "previously", "update", "updated", "earlier today", "zuvor", "aktualisierung", "plus tôt",
        "mise à jour", "antes", "actualización", "in precedenza", "aggiornamento", "atualização", "eerder", "update eerder",
    ];

    /// <summary>
    /// "… with the third slated to fly in February. (PNA/Xinhua)", "… sagte die Sprecherin. (dpa/lnw)": a wire story's
    /// paragraph closed by the agencies it came through, two single names joined by a slash after a finished sentence.
    /// A picture's credit names its photographer ("(Tobias Riede/Midwestern University)", "(Xinhua/Li Ming)").
    /// </summary>
    internal static bool IsWireParagraph(ReadOnlySpan<char> text, in LineFeatures features)
    {
        ReadOnlySpan<char> line = text.TrimEnd();
        int open = line.LastIndexOf('(');
        if (open <= 0 || line[^1] != ')' || features.Words < 12 || features.StopwordDensity < 0.2f)
        {
            return false;
        }

        ReadOnlySpan<char> credit = line[(open + 1)..^1].Trim();
        int slash = credit.IndexOf('/');
        ReadOnlySpan<char> before = line[..open].TrimEnd();
        return slash > 0 && credit.IndexOf(' ') < 0 && credit.LastIndexOf('/') == slash && slash < credit.Length - 1 &&
               before.Length > 0 && before[^1] is '.' or '!' or '?' or '"' or '”';
    }

    /// <summary>
    /// "Stock Route Management Policy open for comment for 28 days": a headline whose number counts something else than
    /// comments. A comment count puts its number next to the comment word ("12 Comments", "Comments (3)", "3 comments so
    /// far").
    /// </summary>
    internal static bool CountsSomethingElse(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (features.NumericWords == 0 || features.Words < 6)
        {
            return false;
        }

        bool previousNumber = false;
        bool previousComment = false;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            bool comment = word.Is(WordClass.Comment);
            if ((comment && previousNumber) || (word.IsNumber && previousComment))
            {
                return false;
            }

            previousNumber = word.IsNumber;
            previousComment = comment;
        }

        return true;
    }

    /// <summary>
    /// "Halifax: Zach Fucale (L)", "VOLLEY TEAM SAN DONÀ: Palmisano, Bomben 20, … Bassanello (l).": a line of a results
    /// or line-up list, a team's label before a colon, then its players, where "(L)" is a loss or a libero. A caption that
    /// places people in its picture describes them ("… (L) and … arrive for the summit"), opens with the picture
    /// ("Pictured: …") or with the places ("From left: …").
    /// </summary>
    internal static bool IsLabelledListEntry(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (features.FirstColon is <= 0 or > 40 || features.Has(WordClass.Picture | WordClass.CaptionVerb))
        {
            return false;
        }

        ReadOnlySpan<char> label = text[..features.FirstColon];
        ReadOnlySpan<char> rest = text[(features.FirstColon + 1)..].TrimStart();
        if (rest.IsEmpty || !char.IsUpper(rest[0]) || label.IndexOf('(') >= 0)
        {
            return false;
        }

        int words = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(label, buffer))
        {
            if (word.Is(WordClass.Position) || ++words > 5)
            {
                return false;
            }
        }

        return words > 0;
    }
}
