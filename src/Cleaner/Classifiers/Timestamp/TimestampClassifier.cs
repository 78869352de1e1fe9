using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Timestamp;

/// <summary>
/// Page timestamps: labelled stamps ("Posted: Sep 10, 2018 10:31 AM", "Updated 5 hours ago") and lines that are only
/// a date or a time ("Saturday, 23 February 2019"), in the supported languages, plus reading-time stamps ("4 min read").
/// </summary>
public sealed class TimestampClassifier : SegmentClassifier
{
    /// <summary>A stamp introduced by "Posted", "Updated", "Published" or their translations.</summary>
    public static readonly ResidueRule Stamp = new("timestamp.stamp", ResidueKind.Timestamp,
        "A publication stamp: 'Posted', 'Updated' or 'Published' followed by a date or time.");

    /// <summary>A line that is only a date or a time.</summary>
    public static readonly ResidueRule LoneDate = new("timestamp.date", ResidueKind.Timestamp,
        "A line made only of a date and/or a time; a stamp when it stands at the top or the bottom of the page.") { EdgeScore = 0.9f };

    /// <summary>The place of a dateline left alone on its line ("CAIRO |", "TEHRAN |").</summary>
    public static readonly ResidueRule Dateline = new("timestamp.dateline", ResidueKind.Timestamp,
        "The place of a wire dateline standing alone on its line, without its story ('CAIRO |').");

    /// <summary>A reading-time stamp.</summary>
    public static readonly ResidueRule ReadingTime = new("timestamp.reading-time", ResidueKind.Timestamp,
        "A reading-time stamp ('4 min read').");

    private static readonly string[] StampLabels =
    [
        "posted", "updated", "published", "last updated", "last update", "latest update", "created", "modified", "last modified", "first published",
        "posted on", "published on", "updated on", "posted at", "updated at", "published at", "originally published",
        "originally posted", "posted by", "published by", "this story was updated", "this article was updated", "story updated", "page updated",
        "aktualisiert", "aktualisiert am", "veröffentlicht", "veröffentlicht am", "stand", "publié", "publié le", "mis à jour",
        "mis à jour le", "publicado", "actualizado", "publicado el", "pubblicato", "aggiornato", "pubblicato il", "atualizado",
        "publicado em", "atualizado em", "gepubliceerd", "bijgewerkt", "laatste update", "gepubliceerd op",
        "ultimo aggiornamento", "dernière mise à jour", "última actualización", "última atualização", "letzte aktualisierung",
        "zuletzt aktualisiert", "laatst bijgewerkt", "erstellt", "erstellt am", "créé le", "creado", "criado em",
        "modifié", "modifié le", "modificado", "modificado el", "modificato", "modificato il", "gewijzigd", "gewijzigd op",
        "geändert", "geändert am",
        // "Posté 07 novembre 2003 - 15:27": the labels' other forms (feminine, forum) in the supported languages.
        "posté", "posté le", "postée", "publiée", "publiée le", "publicada", "publicada el", "publicada em", "pubblicata",
        "pubblicata il", "geplaatst", "geplaatst op", "gepostet", "gepostet am", "aangepast", "aangepast op",
        // "Édition du mardi 2 décembre 2025": the date of the day's edition.
        "édition du", "ausgabe vom", "edición del", "edizione del", "edição de", "editie van",
        // "Actualizada 04/06/2021 a las 06:00", "Publish Date: 10 May 2019": feminine forms and date-of-publication labels.
        "actualizada", "actualizada el", "atualizada", "atualizada em", "aggiornata", "aggiornata il", "publish date",
        "publication date", "date published", "published date", "postposted", "date of publication", "fecha de publicación",
        "data de publicação", "data di pubblicazione", "date de publication", "veröffentlichungsdatum", "publicatiedatum",
    ];

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Stamp, PhraseMatch.Label, 0.95f, 120, StampLabels)
        .Add(Stamp, PhraseMatch.Prefix, 0.85f, 90, StampLabels)
        .Add(Stamp, PhraseMatch.Exact, 0.8f, 30, "updated", "posted", "published", "last updated", "first posted",
            "first published", "aktualisiert", "publié", "actualizado", "aggiornato", "atualizado", "bijgewerkt")
        .Add(ReadingTime, PhraseMatch.Suffix, 0.85f, 30, "min read", "mins read", "minute read", "minutes read", "min lesezeit",
            "min de lecture", "min de lectura", "min di lettura", "min de leitura", "min leestijd")
        // "22 maio | 13 minutos de leitura", "5 minutes de lecture": the long forms, after a date too.
        .Add(ReadingTime, PhraseMatch.Suffix, 0.85f, 50, "minutos de leitura", "minutos de lectura", "minutes de lecture",
            "minuti di lettura", "minuten lesezeit", "minuten leestijd", "minutes to read", "minute read time")
        // "Lesedauer: 3 Min.", "Reading time: 4 minutes".
        .Add(ReadingTime, PhraseMatch.Label, 0.85f, 50, "reading time", "read time", "estimated reading time", "estimated read time", "lesedauer", "lesezeit", "temps de lecture",
            "tiempo de lectura", "tempo di lettura", "tempo de leitura", "leestijd")
        .Build();

    private readonly PhraseSet _relative = new PhraseListBuilder()
        .Add(Stamp, PhraseMatch.Exact, 0.85f, 30, "just now", "moments ago", "a moment ago", "gerade eben", "soeben", "à l'instant",
            "ahora mismo", "hace un momento", "adesso", "poco fa", "agora mesmo", "há instantes", "zojuist", "net binnen")
        .Build();

    /// <inheritdoc />
    public override string Name => "timestamp";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Timestamp;

    /// <inheritdoc />
    // Gate: the phrase sets, what makes a line dated (calendar and clock words, clock times, digits) and the dateline
    // stub's closing bar or dash.
    public override ClassifierTriggers Triggers => new(120)
    {
        Gate = LineGate.Phrases with
        {
            Words = WordClass.Calendar | WordClass.Clock, Marks = LineMarks.ClockTime, Digits = true, LastChars = "|-—–", LastCharsMaxWords = 3,
        },
    };

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (features.Words <= 3 && features.Has(WordClass.Clock) && _phrases.TryMatch(context, out PhraseHit label) && label.Rule == Stamp &&
            context.NormalizedIsComplete && features.Digits == 0)
        {
            return Verdict.From(label.Rule, label.Score);
        }

        // "Just now", "Gerade eben": a relative stamp without a number.
        if (features.Words <= 3 && features.Digits == 0 && !features.EndsSentence && _relative.TryMatch(context, out PhraseHit relative))
        {
            return Verdict.From(relative.Rule, relative.Score);
        }

        // "Lecture 3 min.", "Lesezeit 4 Minuten": a reading-time label without a colon.
        if (features.Words <= 4 && features.NumericWords == 1 && IsReadingTimeWithoutColon(context.Normalized))
        {
            return Verdict.From(ReadingTime, 0.85f);
        }

        // "10.25am BST10.25am BST": a live blog's entry time scraped twice, glued to itself.
        if (features.Words <= 8 && !features.EndsSentence && IsGluedTwice(context.Text, out ReadOnlySpan<char> once) &&
            (IsClockTime(once) || IsOnlyDate(once)))
        {
            return Verdict.From(LoneDate, 0.85f);
        }

        // The dateline stub carries no date, so it is checked before the date gate.
        if (IsDatelineStub(context.Text, features))
        {
            return Verdict.From(Dateline, 0.75f);
        }

        bool dated = features.CalendarWords > 0 || features.ClockWords > 0 || features.Has(LineMarks.ClockTime) || features.Digits >= 4 ||
                     (features.Digits > 0 && features.Words <= 4);
        // "Published 4:15 p.m. ET June 12, 2017 | Updated 6:15 p.m. ET June 12, 2017" is long in words, short in text.
        if (!dated || features.Words > 16 && (features.Words > 28 || features.Length > 120))
        {
            return Verdict.None;
        }

        // "Date: 03/04/2018": the bare label "date" stamps a page only before a bare date; an event's details in a story
        // ("Date: Saturday, May 4, from 9 a.m. to noon at the fire hall") have more than a date after it.
        if (IsDateLabelStamp(context.Text))
        {
            return Verdict.From(Stamp, 0.9f);
        }

        // "25/02/2026 às 21:12h", "09/05/20 - 06:00:08", "12.03.2019, 17:30 Uhr": a numeric date and a time of day.
        if (features.Words <= 10 && features.Digits >= 6 && IsNumericDateTime(context.Text))
        {
            return Verdict.From(LoneDate, 0.85f);
        }

        if (_phrases.TryMatch(context, out PhraseHit hit))
        {
            // The stamp label needs a date or time after it: "Updated guidance was issued" is a sentence, and so is
            // "Published in 2015, the book sold a million copies.": a stamp has few words that are not date or time.
            if (hit.Rule != Stamp ||
                (features.CalendarWords + features.NumericWords > 0 || features.Has(LineMarks.ClockTime) || HasHourMinute(context.Text)) &&
                !IsSentence(context.Text, features))
            {
                return Verdict.From(hit.Rule, hit.Score);
            }
        }

        // A long run of dates and times ("Mon 12 Jun 2017 17.43 BST Last modified on Tue 13 Jun 2017 09.12 BST") is a stamp too.
        if (features.Words <= 12 && !features.EndsSentence || features.Words <= 8 && features.Last == '.' ||
            features.Words <= 20 && features.ClockWords >= 2 && !features.EndsSentence)
        {
            if (features.CalendarWords == 0 && features.Words <= 4 && IsClockTime(context.Text))
            {
                // "10:20 p.m.", "5 p.m.": the time of an entry in a live blog.
                return Verdict.From(LoneDate, 0.7f);
            }

            if (IsOnlyDate(context.Text) && !IsNumberedUnit(context.Text))
            {
                // At the top or the bottom a lone date stamps the page; inside the article it is more often content
                // (the date of a quoted letter, an entry of a timeline), so here it is a weak claim that the context
                // pass raises at the edges of the document (see ResidueRule.EdgeScore).
                // A time of day or a relative time ("5 hours ago", "Sep 10, 2018 10:31 AM") is a stamp wherever it stands.
                bool clock = features.ClockWords > 0 || features.Has(LineMarks.ClockTime);
                if (clock && IsTimeRange(context.Text))
                {
                    // "octubre 5 @ 18:00 - 23:59": an event's hours, from one time to another, in an events listing.
                    return Verdict.None;
                }

                // "Wednesday, March 30, 2011": the weekday, the month and the year, a blog's or a site's date header over
                // its entry; a timeline's entry has no weekday, or no year.
                return Verdict.From(LoneDate, clock ? 0.85f : IsFullDate(context.Text, features) ? 0.7f : 0.5f);
            }
        }

        return Verdict.None;
    }

    /// <summary>
    /// Whether a line that opens with a stamp label reads as a sentence: it ends like one and has two or more words
    /// that are neither date, time, number nor stopword ("Posted in 2014, the video went viral."), or it has five.
    /// A stamp's other words are a byline's names at most ("Posted by Jane Doe on June 12, 2017").
    /// </summary>
    private static bool IsSentence(ReadOnlySpan<char> text, in LineFeatures features)
    {
        int others = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (!word.IsNumber && !word.Is(WordClass.Calendar | WordClass.Clock | WordClass.AnyStopword) && !IsOrdinal(word.Text) &&
                word.Text.Length > 1)
            {
                others++;
            }
        }

        return others >= 5 || others >= 2 && features.EndsSentence && text.Length >= 2 && !char.IsAsciiDigit(text[^2]);
    }

    /// <summary>"Date: 03/04/2018", "DATE 12 March 2019": the word "date" (a colon after it or not) before a bare date.</summary>
    private static bool IsDateLabelStamp(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || !text.StartsWith("date", StringComparison.OrdinalIgnoreCase) || text[4] is not (':' or ' '))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[4..].TrimStart(": ");
        return rest.Length > 0 && IsOnlyDate(rest);
    }

    /// <summary>
    /// "Day 1", "Week 3", "Semana 2", "Stunde 4": a unit of time, then a number, and nothing else. A heading that numbers
    /// the days of a tour, the weeks of a season or the hours of a live blog; a relative time puts the number first
    /// ("1 day ago", "3 hours").
    /// </summary>
    private static bool IsNumberedUnit(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool unitFirst = false;
        bool numberSecond = false;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            words++;
            if (words == 1)
            {
                unitFirst = SpanWords.IsOneOf(word.Text, TimeUnits);
            }
            else
            {
                numberSecond = word.IsNumber;
            }
        }

        return words == 2 && unitFirst && numberSecond;
    }

    private static readonly string[] TimeUnits =
        ["day", "week", "month", "year", "hour", "minute", "heure", "semaine", "stunde", "woche", "semana", "settimana"];

    private static readonly string[] Weekdays =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì",
        "venerdì", "sabato", "domenica", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ];

    /// <summary>
    /// "Wednesday, March 30, 2011", "Dienstag, 19. Dezember 2017": a weekday written out first, a month's name and a year of
    /// four digits, and nothing else (the caller has checked the line is only a date).
    /// </summary>
    private static bool IsFullDate(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (features.Words > 7 || features.CalendarWords < 2)
        {
            return false;
        }

        ReadOnlySpan<char> t = text.TrimStart();
        int end = t.IndexOfAny(' ', ',');
        if (end <= 0 || !SpanWords.IsOneOf(t[..end], Weekdays))
        {
            return false;
        }

        int run = 0;
        foreach (char c in t)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : run == 4 ? 99 : 0;
            if (run == 99)
            {
                return true;
            }
        }

        return run == 4;
    }

    /// <summary>Whether the line is one string twice in a row, with no space between the copies.</summary>
    private static bool IsGluedTwice(ReadOnlySpan<char> text, out ReadOnlySpan<char> once)
    {
        ReadOnlySpan<char> t = text.Trim();
        once = t[..(t.Length / 2)];
        return t.Length is >= 8 and <= 80 && t.Length % 2 == 0 && t[(t.Length / 2)..].SequenceEqual(once) && once[^1] != ' ';
    }

    /// <summary>"18:00", "9:30", "17h43".</summary>
    private static bool IsClockToken(ReadOnlySpan<char> word)
    {
        int colon = word.IndexOf(':');
        return IsHourMinute(word) || colon is 1 or 2 && word.Length == colon + 3 && !word[..colon].ContainsAnyExceptInRange('0', '9') &&
               !word[(colon + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>"18:00 - 23:59", "10:00–12:00": two times of day joined by a dash.</summary>
    private static bool IsTimeRange(ReadOnlySpan<char> text)
    {
        int dash = text.IndexOfAny('-', '–', '—');
        while (dash > 0)
        {
            ReadOnlySpan<char> before = text[..dash].TrimEnd();
            ReadOnlySpan<char> after = text[(dash + 1)..].TrimStart();
            int space = before.LastIndexOf(' ');
            ReadOnlySpan<char> left = space < 0 ? before : before[(space + 1)..];
            int next = after.IndexOf(' ');
            ReadOnlySpan<char> right = next < 0 ? after : after[..next];
            if (IsClockToken(left) && IsClockToken(right))
            {
                return true;
            }

            int further = text[(dash + 1)..].IndexOfAny('-', '–', '—');
            dash = further < 0 ? -1 : dash + 1 + further;
        }

        return false;
    }

    // Month abbreviations of the other languages that the calendar vocabulary lacks ("7 okt 2018", "3 mrt 2019", "12. Dez
    // 2019"), and two-letter weekdays, which count only beside a date ("vr 27 januari 2023 15.20 uur").
    private static readonly string[] ShortMonths = ["okt", "mrt", "dez", "mär", "mrz", "jän", "janv", "févr", "avr", "juil", "déc", "dic", "fev", "giu", "lug", "ott"];

    private static readonly string[] ShortWeekdays = ["ma", "di", "wo", "do", "vr", "za", "zo", "mo", "mi", "fr", "sa", "so"];

    /// <summary>Whether every word is a calendar word, a time word, a number, an ordinal or a short connective.</summary>
    internal static bool IsOnlyDate(ReadOnlySpan<char> text)
    {
        // "14.7%", "$3.50", "21.5°": a quantity, whatever its digits look like.
        if (text.IndexOfAny(QuantitySigns) >= 0)
        {
            return false;
        }

        int dateWords = 0;
        int numbers = 0;
        int connectives = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.Is(WordClass.Calendar | WordClass.Clock) || SpanWords.IsOneOf(word.Text, ShortMonths))
            {
                dateWords++;
            }
            else if (word.IsNumber && word.Digits == 3 && word.Text.Length == 3)
            {
                // No day, month or year has three digits: "Sept. 15, 201" is a sentence cut off in its date.
                return false;
            }
            else if (word.IsNumber || IsOrdinal(word.Text))
            {
                numbers++;
            }
            else if (word.Text.Length <= 3 && word.Is(WordClass.AnyStopword) || word.Text is "th" or "st" or "nd" or "rd" or "h" ||
                     SpanWords.IsOneOf(word.Text, ShortWeekdays) ||
                     word.Text is "p" or "P" or "m" or "M")
            {
                connectives++;
            }
            else
            {
                return false;
            }
        }

        return (dateWords > 0 && numbers + dateWords >= 2) ||
               (numbers >= 2 && text.IndexOfAny('/', '.', '-') > 0 && connectives == 0 && HasDateShapedNumbers(text));
    }

    /// <summary>
    /// "25/02/2026 às 21:12h", "09/05/20 - 06:00:08", "12.03.2019, 17:30 Uhr": a numeric date (digits and one separator),
    /// then a time of day, with only a dash, a bar or the word for "at" and a clock suffix around it.
    /// </summary>
    private static bool IsNumericDateTime(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.Trim();
        int end = trimmed.IndexOfAny(' ', ',');
        if (end < 6)
        {
            return false;
        }

        ReadOnlySpan<char> date = trimmed[..end];
        if (date.ContainsAnyExcept(DateCharacters) || !HasDateShapedNumbers(date))
        {
            return false;
        }

        bool time = false;
        ReadOnlySpan<char> rest = trimmed[end..];
        foreach (ReadOnlySpan<char> token in new SpanParts(rest, " ,"))
        {
            if (token.IsEmpty || SpanWords.IsOneOf(token, TimeConnectives))
            {
                continue;
            }

            if (!IsTimeOfDay(token))
            {
                return false;
            }

            time = true;
        }

        return time;
    }

    private static readonly System.Buffers.SearchValues<char> DateCharacters = System.Buffers.SearchValues.Create("0123456789/.-");

    private static readonly string[] TimeConnectives =
        ["-", "–", "—", "|", "·", "•", "às", "as", "à", "a", "at", "um", "om", "alle", "ore", "las", "h", "Uhr", "uur", "hrs", "horas", "am",
         "pm", "AM", "PM", "a.m.", "p.m."];

    /// <summary>"21:12h", "06:00:08", "12h30": two or three groups of one or two digits joined by colons, a clock suffix allowed.</summary>
    private static bool IsTimeOfDay(ReadOnlySpan<char> token)
    {
        if (IsHourMinute(token))
        {
            return true;
        }

        ReadOnlySpan<char> digits = token.TrimEnd("hsHS");
        int groups = 0;
        foreach (ReadOnlySpan<char> group in new SpanParts(digits, ":."))
        {
            if (group.Length is < 1 or > 2 || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            groups++;
        }

        return groups is 2 or 3 && digits.Contains(':');
    }

    private static readonly System.Buffers.SearchValues<char> QuantitySigns = System.Buffers.SearchValues.Create("%$€£¥°");

    /// <remarks>
    /// With its agency or station in brackets ("CENTRAL, LA (WAFB) -") the dateline is the story's own, split from the
    /// paragraph under it: it stays with the story.
    /// </remarks>
    private static bool IsDatelineStub(ReadOnlySpan<char> text, in LineFeatures features) =>
        features.Words is >= 1 and <= 3 && features.IsAllCaps && features.Last is '|' or '-' or '—' or '–' &&
        text.Length <= 30 && text.IndexOf('(') < 0;

    /// <summary>"10:20 p.m.", "5 PM", "17:30 Uhr": digits and a clock suffix, nothing else.</summary>
    private static bool IsClockTime(ReadOnlySpan<char> text)
    {
        int numbers = 0;
        int suffixes = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.IsNumber && word.Text.Length <= 2)
            {
                numbers++;
            }
            else if (word.Text is "a" or "p" or "m" or "A" or "P" or "M" or "am" or "pm" or "AM" or "PM" or "Uhr" or "h" or "ET" or "EST" or "EDT" or "GMT" or "BST")
            {
                suffixes++;
            }
            else
            {
                return false;
            }
        }

        return numbers is >= 1 and <= 2 && suffixes >= 1;
    }

    /// <summary>"10/09/2018", "2018-09-10", "10.9.18": groups of one, two or four digits; "503-221-8212" is no date.</summary>
    private static bool HasDateShapedNumbers(ReadOnlySpan<char> text)
    {
        int run = 0;
        int value = 0;
        int groups = 0;
        char separator = '\0';
        bool spaced = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiDigit(c))
            {
                if (run == 0 && groups > 0 && i > 0 && !char.IsAsciiDigit(text[i - 1]) && text[i - 1] is not ('/' or '.' or '-'))
                {
                    spaced = true;
                }

                run++;
                value = value * 10 + (c - '0');
                continue;
            }

            if (run > 0)
            {
                // A day, a month or a year: one or two digits that are not 0, or four ("1 - 0" is a score).
                if (run is 3 or > 4 || value == 0)
                {
                    return false;
                }

                groups++;
                if (c is '/' or '.' or '-')
                {
                    separator = separator == '\0' ? c : separator;
                }
            }

            run = 0;
            value = 0;
        }

        // "28/03", "11.11.20", "27/07/2010": the groups joined by a separator with no space around it; two groups only
        // with a slash or a dot ("3-2" is a score).
        return !spaced && (groups == 3 || groups == 2 && separator is '/' or '.');
    }

    private static readonly string[] ReadingTimeLabels =
        ["reading time ", "read time ", "lecture ", "temps de lecture ", "lesezeit ", "lesedauer ", "lectura ", "tiempo de lectura ",
         "lettura ", "tempo di lettura ", "leitura ", "tempo de leitura ", "leestijd "];

    private static readonly string[] MinuteWords = [" min", " mins", " minute", " minutes", " minuten", " minutos", " minuti"];

    private static bool IsReadingTimeWithoutColon(ReadOnlySpan<char> normalized)
    {
        bool label = false;
        foreach (string start in ReadingTimeLabels)
        {
            label |= normalized.StartsWith(start, StringComparison.Ordinal);
        }

        if (!label)
        {
            return false;
        }

        foreach (string end in MinuteWords)
        {
            if (normalized.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of the line is a time written "17h43" or "18h00", as French and Portuguese sites write it.</summary>
    private static bool HasHourMinute(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (IsHourMinute(word.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"17h43", "8h05": one or two digits, an "h", two digits.</summary>
    private static bool IsHourMinute(ReadOnlySpan<char> word)
    {
        int h = word.IndexOfAny('h', 'H');
        return h is 1 or 2 && word.Length == h + 3 && !word[..h].ContainsAnyExceptInRange('0', '9') &&
               !word[(h + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        if (IsHourMinute(word))
        {
            return true;
        }

        ReadOnlySpan<char> suffix = word.TrimStart("0123456789");
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) ||
               suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase) ||
               suffix.Equals("h", StringComparison.OrdinalIgnoreCase) || suffix.Equals("am", StringComparison.OrdinalIgnoreCase) ||
               suffix.Equals("pm", StringComparison.OrdinalIgnoreCase) || suffix.Equals("er", StringComparison.OrdinalIgnoreCase);
    }
}
