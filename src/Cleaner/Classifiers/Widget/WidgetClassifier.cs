using System;
using Cleaner.Classification;
using Cleaner.Features;
using Cleaner.Text;

namespace Cleaner.Classifiers.Widget;

/// <summary>
/// Widgets scraped as text: weather ("Hi: 31° Lo: 27°", "Feels Like: 28°", "Broken Clouds"), stock tickers
/// ("DOW 26,154.67 +28.57 (0.11%)") and markup identifiers leaked into the text ("wxIcon").
/// </summary>
public sealed class WidgetClassifier : SegmentClassifier
{
    /// <summary>A weather widget line.</summary>
    public static readonly ResidueRule Weather = new("widget.weather", ResidueKind.Widget,
        "A weather-widget line: temperatures with degree signs, 'Hi/Lo', 'Feels like', sky conditions.");

    /// <summary>A ticker line: numbers with signs and percentages.</summary>
    public static readonly ResidueRule Ticker = new("widget.ticker", ResidueKind.Widget,
        "A ticker line: a short label followed by numbers, signed changes and percentages.");

    /// <summary>A markup identifier leaked as text.</summary>
    public static readonly ResidueRule Markup = new("widget.markup", ResidueKind.Widget,
        "A short line carrying a camel-case markup identifier ('wxIcon') rather than words.");

    /// <summary>A sports score widget's line or control.</summary>
    public static readonly ResidueRule Scores = new("widget.scores", ResidueKind.Widget,
        "A sports widget: a score line of team codes and numbers ('NYY 5 BOS 3 Final') or its controls ('Box score').");

    /// <summary>A live blog's controls and badges.</summary>
    public static readonly ResidueRule Live = new("widget.live", ResidueKind.Widget,
        "A live blog's controls and badges ('Live updates', 'Show key events only', 'Pinned post', '3 new updates', 'En direct').");

    /// <summary>A counter of comments, shares or views standing alone in the page's head.</summary>
    public static readonly ResidueRule Counter = new("widget.counter", ResidueKind.Widget,
        "A number alone on its line ('0', '184'): a comment, share or view counter under the headline; a weak claim that " +
        "holds above the article's first paragraph or at the end of the text.") { EdgeScore = 0.8f };

    /// <summary>A poll or market-data widget's controls and notes.</summary>
    public static readonly ResidueRule Poll = new("widget.poll", ResidueKind.Widget,
        "Controls and notes of a poll or market-data widget ('View results', 'Total votes: 312', 'Quotes delayed …').");

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Poll, PhraseMatch.Exact, 0.85f, 60, "vote", "vote now", "view results", "view poll results", "see results",
            "show results", "poll results", "cast your vote", "poll closed", "this poll is closed", "loading poll",
            "abstimmen", "ergebnis anzeigen", "voter", "voir les résultats", "votar", "ver resultados", "vota",
            "vedi risultati", "ver resultados", "stem", "bekijk resultaten", "take our poll", "take the poll",
            // "Vote now" in the other languages.
            "jetzt abstimmen", "stimmen sie ab", "votez", "votez maintenant", "vota ahora", "vota ora", "vote agora",
            "stem nu", "stem nu af")
        // A page's reading controls (text size) and a box still loading when the page was saved, in the supported
        // languages: alone on their line, never a story's words.
        .Add(Markup, PhraseMatch.Exact, 0.8f, 40, "text size", "font size", "change text size", "increase text size",
            "decrease text size", "increase font size", "decrease font size", "schriftgröße", "textgröße", "schrift vergrößern",
            "schrift verkleinern", "taille du texte", "taille de police", "agrandir le texte", "réduire le texte",
            "tamaño de letra", "tamaño del texto", "tamaño de fuente", "aumentar texto", "reducir texto", "aumentar letra",
            "reducir letra", "dimensione testo", "dimensione del testo", "dimensione carattere", "tamanho da fonte",
            "tamanho do texto", "tamanho da letra", "aumentar fonte", "diminuir fonte", "lettergrootte", "tekstgrootte",
            "loading", "loading content", "content loading", "chargement", "chargement en cours", "wird geladen", "lädt",
            "cargando", "caricamento", "caricamento in corso", "carregando", "a carregar", "laden", "bezig met laden",
            "placeholder while article actions load", "change font size", "normale schrift", "größere schrift",
            "kleinere schrift", "schrift größer", "schrift kleiner")
        .Add(Weather, PhraseMatch.Exact, 0.8f, 40, "5 day forecast", "7 day forecast", "10 day forecast", "current conditions",
            "weather alert", "weather alerts", "hourly forecast", "extended forecast", "interactive radar", "live radar",
            "weather radar", "closings and delays", "school closings", "traffic and weather", "closings delays", "traffic maps",
            "traffic map", "live traffic", "traffic cameras", "traffic cams", "traffic alerts", "horoscopes",
            "horoscope", "community calendar",
            // A weather widget's heading in the other languages.
            "wetter", "wettervorhersage", "das wetter", "météo", "la météo", "prévisions météo", "el tiempo",
            "previsión del tiempo", "meteo", "il meteo", "previsioni meteo", "previsão do tempo", "weerbericht", "het weer",
            "weersverwachting")
        // "Final score: Lakers 112, Celtics 108": a score widget's result under its label.
        .Add(Scores, PhraseMatch.Label, 0.85f, 60, "final score", "endstand", "endergebnis", "score final", "résultat final",
            "resultado final", "marcador final", "risultato finale", "placar final", "eindstand", "eindscore")
        // The controls of a sports widget, and a poll's confirmation.
        .Add(Scores, PhraseMatch.Exact, 0.8f, 40, "box score", "full box score", "live scores",
            "scoreboard", "final ot")
        .Add(Live, PhraseMatch.Exact, 0.85f, 40, "live", "live updates", "live update", "live blog", "liveblog", "live ticker",
            "liveticker", "zum liveticker", "zum live ticker", "show latest updates", "show latest posts", "load latest posts",
            "load new posts", "show new posts", "show key events only", "key events only", "pinned post", "auto update on",
            "auto update off", "auto refresh", "en direct", "en directo", "in diretta", "ao vivo", "live blog en direct",
            "market closed", "markets closed", "market open",
            // A market ticker's status in the other languages.
            "markets are closed", "the market is closed", "la bourse est fermée", "la bourse est ouverte", "marché fermé",
            "börse geschlossen", "markt geschlossen", "mercado cerrado", "la bolsa está cerrada", "mercato chiuso",
            "borsa chiusa", "mercado fechado", "a bolsa está fechada", "beurs gesloten", "markt gesloten")
        .Add(Poll, PhraseMatch.Prefix, 0.85f, 60, "thank you for voting", "thanks for voting", "you have already voted",
            "you've already voted", "merci d'avoir voté", "gracias por votar", "grazie per aver votato", "obrigado por votar",
            "danke für ihre stimme", "bedankt voor je stem")
        .Add(Poll, PhraseMatch.Label, 0.85f, 60, "total votes", "votes", "total responses")
        .Add(Poll, PhraseMatch.Prefix, 0.85f, 100, "quotes delayed", "market data provided by", "data delayed",
            "quotes are delayed", "stock quotes delayed", "market data delayed")
        .Build();

    // A weather widget's readings: "Chance of rain: 40%", "UV Index: 7 High", "Sunrise: 5:43 AM". Taken with a number
    // only: "Pressure: why the Fed is worried" is a subheading.
    private readonly PhraseSet _readings = new PhraseListBuilder()
        .Add(Weather, PhraseMatch.Label, 0.85f, 50, "chance of rain", "chance of precipitation", "precip", "precipitation",
            "uv index", "humidity", "wind", "winds", "dew point", "visibility", "pressure", "sunrise", "sunset", "feels like")
        .Build();

    private readonly PhraseSet _dataNotes = new PhraseListBuilder()
        .Add(Poll, PhraseMatch.Prefix, 0.8f, 60, "data provided by", "market data by", "stock data by",
            "market data provided by", "powered by factset")
        .Build();

    /// <inheritdoc />
    public override string Name => "widget";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Widget;

    /// <inheritdoc />
    // Gate: the phrase sets, weather words, numbers (readings, scores, tickers, counters, file names),
    // degrees and inner capitals, a poll's question mark, and markup or file-name characters.
    public override ClassifierTriggers Triggers => new(MaxMarkupLength)
    {
        Gate = LineGate.Phrases with
        {
            Words = WordClass.Weather, Marks = LineMarks.Degree | LineMarks.InnerCapital | LineMarks.SignedNumber,
            Digits = true, DigitsMaxWords = 8, LastChars = "?", LastCharsMaxWords = 16, Chars = "&<_{=",
            // Text-size choices ("• Smaller Small Medium Big Bigger", "A- A A+").
            FirstChars = "•·|-", FirstWords = "smaller small medium big bigger large larger largest smallest default normal a a- a+ a++",
        },
    };

    // Widgets are short lines; markup leaked as text can run longer ("&amp;amp;nbsp; &amp;amp;lt;!--iframe--…").
    private const int MaxWidgetLength = 100;
    private const int MaxMarkupLength = 600;

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (features.Length > MaxWidgetLength)
        {
            return features.Words >= 2 && context.Text.IndexOfAny('&', '<') >= 0 && IsMostlyMarkup(context.Text) ||
                   context.Text.IndexOfAny(CodeMarks) >= 0 && IsScriptCode(context.Text, features.Has(LineMarks.Url), features.StopwordDensity >= 0.2f)
                ? Verdict.From(Markup, 0.85f)
                : Verdict.None;
        }

        // "0", "184", "2,093": a counter's number alone, weak but for the page's head and end. The text's first line is a
        // chapter's or an issue's number heading it.
        if (features.Words == 1 && features.NumericWords == 1 && features.Length <= 7 && context.Index > 0 && IsCount(context.Text))
        {
            return Verdict.From(Counter, 0.3f);
        }

        // "28.1 C", "56.1 F": a theme's weather box, the temperature without its degree sign (over the place's name).
        if (features.Length <= 8 && IsBareTemperature(context.Text))
        {
            return Verdict.From(Weather, 0.85f);
        }

        if ((features.Words <= 8 || features.Has(WordClass.Related | WordClass.Weather)) && _phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        // "Poll: Should the city ban plastic bags?": a poll's question under its label.
        if (features.Last == '?' && features.Words <= 16 && features.FirstColon is >= 4 and <= 12 && IsPollLabel(context.Normalized))
        {
            return Verdict.From(Poll, 0.8f);
        }

        // "gtag('consent', 'update', {…})", "{ "vars": { … } }", "(self.SWG_BASIC = self.SWG_BASIC": script leaked as text.
        if (context.Text.IndexOfAny(CodeMarks) >= 0 && IsScriptCode(context.Text, features.Has(LineMarks.Url), features.StopwordDensity >= 0.2f))
        {
            return Verdict.From(Markup, 0.85f);
        }

        if (features.EndsSentence && features.Words > 3)
        {
            return Verdict.None;
        }

        if (features.Digits > 0 && features.FirstColon > 0 && features.Words <= 8 && _readings.TryMatch(context, out PhraseHit reading))
        {
            return Verdict.From(reading.Rule, reading.Score);
        }

        // "Data provided by Refinitiv", "Market data by FactSet": a data widget's source note, not a sentence.
        if (features.Words <= 8 && _dataNotes.TryMatch(context, out PhraseHit note))
        {
            return Verdict.From(note.Rule, note.Score);
        }

        // "1 new update", "12 new posts": a live blog's counter.
        if (features.Words is 3 && features.NumericWords == 1 && IsNewPostsCounter(context.Normalized))
        {
            return Verdict.From(Live, 0.85f);
        }

        if (features.Has(LineMarks.Degree) && features.Words <= 12 && features.Stopwords <= 2 &&
            !BodyShapes.IsRankedEntry(context.Text, features))
        {
            return Verdict.From(Weather, 0.9f);
        }

        if (features.Has(WordClass.Weather) && features.Words <= 5 && IsWeatherLine(context.Text))
        {
            return Verdict.From(Weather, 0.75f);
        }

        if (features.Words >= 2 && IsMostlyMarkup(context.Text))
        {
            return Verdict.From(Markup, 0.85f);
        }

        // "Under_Armour_Logo_01", "20231012181048-652878279377bc11c8a9eee5jpeg", "UA-102978914-2": a picture's file name
        // standing in for it, or a tracking id, one token.
        if (features.Words <= 8 && context.Text.IndexOf(' ') < 0 &&
            (IsFileNameToken(context.Text) || IsPictureFileName(context.Text) || IsTrackingId(context.Text)))
        {
            return Verdict.From(Markup, 0.8f);
        }

        if (features.Has(LineMarks.InnerCapital) && features.Words <= 6 && HasMarkupIdentifier(context.Text))
        {
            return Verdict.From(Markup, 0.8f);
        }

        // "5632 visitas", "Lecturas: 382", "Views: 4371": a page's view counter.
        if (features.Words == 2 && features.NumericWords == 1 && IsViewCounter(context.Normalized))
        {
            return Verdict.From(Poll, 0.8f);
        }

        // "• Smaller Small Medium Big Bigger", "A- A A+": a text-size control's choices.
        if (features.Words is >= 3 and <= 8 && !features.EndsSentence && IsSizeChoices(context.Text))
        {
            return Verdict.From(Markup, 0.8f);
        }

        // "Sunrise 5:43 AM Sunset 8:12 PM": weather words with times of day.
        if (features.Has(WordClass.Weather) && features.Has(LineMarks.ClockTime) && features.Words <= 10 && IsWeatherLine(context.Text))
        {
            return Verdict.From(Weather, 0.8f);
        }

        // "NYY 5 BOS 3 Final": team codes and their scores.
        if (features.Words is >= 4 and <= 8 && features.NumericWords >= 2 && features.UpperCaseWords >= 2 && IsScoreLine(context.Text))
        {
            return Verdict.From(Scores, 0.8f);
        }

        // A market report writes its index lines with semicolons between the figures ("Dow Jones: 19,881.76; +119.16;
        // +0.60%"); a ticker widget's cells have none.
        if (features.Has(LineMarks.SignedNumber) && features.Words <= 12 && features.NumericWords >= 4 &&
            features.Stopwords == 0 && features.Letters <= features.Digits * 2 && context.Text.IndexOf(';') < 0 &&
            !IsResultLine(context.Text))
        {
            return Verdict.From(Ticker, 0.75f);
        }

        return Verdict.None;
    }

    /// <summary>
    /// A party's or a candidate's result in an election report: a name and a colon, a whole count of votes or seats,
    /// then its share in brackets, unsigned ("Conservative: 1,237 [54%, +25%]", "SPD: 25 (20,5 %)"). A quote's price
    /// comes without a colon after the name, or with its decimals ("DAX: 15.234,56 (+0,8 %)"), or with a signed change in
    /// the brackets ("Gold: 1,923 (+0.4%)").
    /// </summary>
    private static bool IsResultLine(ReadOnlySpan<char> text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0 || !char.IsLetter(text[colon - 1]))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[(colon + 1)..].TrimStart(' ');
        int i = 0;
        int digits = 0;
        while (i < rest.Length && (char.IsDigit(rest[i]) || rest[i] is ',' or '.' && i + 3 < rest.Length &&
               char.IsDigit(rest[i + 1]) && char.IsDigit(rest[i + 2]) && char.IsDigit(rest[i + 3]) &&
               (i + 4 == rest.Length || !char.IsDigit(rest[i + 4]))))
        {
            digits += char.IsDigit(rest[i]) ? 1 : 0;
            i++;
        }

        return digits > 0 && i + 2 < rest.Length && rest[i] == ' ' && rest[i + 1] is '(' or '[' && char.IsDigit(rest[i + 2]);
    }

    /// <summary>Two to four upper-case team codes, each followed by its score, and a status word ("Final").</summary>
    private static bool IsScoreLine(ReadOnlySpan<char> text)
    {
        int codes = 0;
        int scores = 0;
        int status = 0;
        bool expectScore = false;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.IsNumber)
            {
                if (!expectScore || word.Text.Length > 3)
                {
                    return false;
                }

                scores++;
                expectScore = false;
            }
            else if (IsAcronym(word.Text) && !expectScore)
            {
                codes++;
                expectScore = true;
            }
            else if (!expectScore && word.Text is "Final" or "FINAL" or "F" or "OT" or "Top" or "Bot" or "End" or "Half" or "HT" or "FT")
            {
                status++;
            }
            else
            {
                return false;
            }
        }

        // The status word is required: "USC 35, UCLA 21" may be a line of a results list in the story.
        return codes is >= 2 and <= 4 && scores == codes && status == 1 && !expectScore;
    }

    /// <summary>"1 new update", "12 new posts", "3 neue beiträge".</summary>
    private static bool IsNewPostsCounter(ReadOnlySpan<char> normalized)
    {
        int space = normalized.IndexOf(' ');
        if (space <= 0 || normalized[..space].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        ReadOnlySpan<char> rest = normalized[(space + 1)..];
        return rest is "new update" or "new updates" or "new post" or "new posts" or "neue beiträge" or "neuer beitrag" or
            "nouveaux messages" or "nouvelle mise à jour" or "nuevas actualizaciones" or "nuovi aggiornamenti" or "novas atualizações" or
            "nieuwe updates";
    }

    /// <summary>"poll", "umfrage", "sondage", "encuesta", "sondaggio", "enquete", "peiling" before the colon.</summary>
    private static bool IsPollLabel(ReadOnlySpan<char> normalized) =>
        normalized.StartsWith("poll ", StringComparison.Ordinal) || normalized.StartsWith("umfrage ", StringComparison.Ordinal) ||
        normalized.StartsWith("sondage ", StringComparison.Ordinal) || normalized.StartsWith("encuesta ", StringComparison.Ordinal) ||
        normalized.StartsWith("sondaggio ", StringComparison.Ordinal) || normalized.StartsWith("enquete ", StringComparison.Ordinal) ||
        normalized.StartsWith("peiling ", StringComparison.Ordinal) || normalized.StartsWith("quick poll ", StringComparison.Ordinal);

    private static bool IsWeatherLine(ReadOnlySpan<char> text)
    {
        int weather = 0;
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            if (word.Is(WordClass.Weather))
            {
                weather++;
            }
            else if (!word.IsNumber && !word.Is(WordClass.Calendar | WordClass.AnyStopword) && !IsAcronym(word.Text))
            {
                return false;
            }
        }

        return weather >= 1 && (weather >= 2 || text.Length <= 20);
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A line made mostly of HTML entities and tags leaked as text ("&amp;amp;nbsp; &amp;lt;!--iframe--&amp;gt;").
    /// </summary>
    private static bool IsMostlyMarkup(ReadOnlySpan<char> text)
    {
        int markupChars = 0;
        int tokens = 0;
        int visible = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (c == '&' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#'))
            {
                // An entity, or a chain of them left by repeated escaping ("&amp;amp;nbsp;").
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '&' or ';' or '#'))
                {
                    i++;
                }

                if (text[start..i].Contains(';'))
                {
                    markupChars += i - start;
                    visible += i - start;
                    tokens++;
                    continue;
                }
            }
            else if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
            {
                int close = text[i..].IndexOf('>');
                if (close is > 0 and <= 200)
                {
                    i += close + 1;
                    markupChars += i - start;
                    visible += i - start;
                    tokens++;
                    continue;
                }
            }

            if (!char.IsWhiteSpace(c))
            {
                visible++;
            }

            i = start + 1 > i ? start + 1 : i;
        }

        return tokens >= 2 && markupChars * 10 >= visible * 6;
    }

    /// <summary>A word that starts with two or more lower-case letters and has an upper-case letter inside ("wxIcon").</summary>
    /// <summary>One token of letters and digits ending in a picture type ("…8c9eee5jpeg", "img_2041.jpg"), with four digits or more.</summary>
    private static bool IsPictureFileName(ReadOnlySpan<char> text)
    {
        if (text.Length is < 8 or > 120 || !EndsWithPictureType(text) || text.IndexOf(' ') >= 0)
        {
            return false;
        }

        int digits = 0;
        foreach (char c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits >= 4;

        static bool EndsWithPictureType(ReadOnlySpan<char> text)
        {
            foreach (string type in PictureTypes)
            {
                if (text.EndsWith(type, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly string[] PictureTypes = ["jpg", "jpeg", "png", "gif", "webp"];

    /// <summary>"UA-102978914-2": an analytics property id.</summary>
    private static bool IsTrackingId(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("UA-", StringComparison.Ordinal) || text.Length is < 8 or > 20)
        {
            return false;
        }

        int dash = text[3..].IndexOf('-');
        return dash >= 4 && !text[3..(3 + dash)].ContainsAnyExceptInRange('0', '9') && 3 + dash + 1 < text.Length &&
               !text[(3 + dash + 1)..].ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>One token, no space, of three or more parts joined by underscores ("Under_Armour_Logo_01", "img_2041_final").</summary>
    private static bool IsFileNameToken(ReadOnlySpan<char> text)
    {
        if (text.Length > 80 || text.IndexOf(' ') >= 0)
        {
            return false;
        }

        int underscores = 0;
        foreach (char c in text)
        {
            if (c == '_')
            {
                underscores++;
            }
            else if (!char.IsLetterOrDigit(c) && c is not ('.' or '-'))
            {
                return false;
            }
        }

        // "spot_img", "push_icon": one underscore is enough in a lower-case identifier naming a picture or a control
        // ("fatal_failure", a program's name in a tutorial, stays).
        return (underscores >= 2 || underscores == 1 && !text.ContainsAnyInRange('A', 'Z') && text.Length is >= 6 and <= 30 && NamesPicture(text)) &&
               text[0] != '_' && text[^1] != '_';
    }

    /// <summary>Whether <paramref name="word"/>, a slice of <paramref name="text"/>, follows a '#'.</summary>
    private static bool IsHashtag(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        int at = text.IndexOf(word);
        return at > 0 && text[at - 1] == '#';
    }

    /// <summary>Digits alone, with thousands separators at most ("0", "184", "2,093", "1.204").</summary>
    private static bool IsCount(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.Trim();
        return t.Length > 0 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[^1]) && !t.ContainsAnyExcept(CountChars);
    }

    private static readonly System.Buffers.SearchValues<char> CountChars = System.Buffers.SearchValues.Create("0123456789,.");

    /// <summary>"28.1 C", "-3 F", "56.1F": a number of one to three digits (one decimal at most), then C or F, nothing else.</summary>
    private static bool IsBareTemperature(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> t = text.Trim();
        if (t.Length < 2 || t[^1] is not ('C' or 'F'))
        {
            return false;
        }

        ReadOnlySpan<char> number = t[..^1].TrimEnd();
        if (number.Length > 0 && number[0] == '-')
        {
            number = number[1..];
        }

        int separator = number.IndexOfAny('.', ',');
        ReadOnlySpan<char> whole = separator < 0 ? number : number[..separator];
        ReadOnlySpan<char> fraction = separator < 0 ? [] : number[(separator + 1)..];
        return whole.Length is >= 1 and <= 3 && !whole.ContainsAnyExceptInRange('0', '9') &&
               (separator < 0 || fraction.Length == 1 && char.IsAsciiDigit(fraction[0]));
    }

    // Every shape IsScriptCode accepts has a brace or an assignment.
    private static readonly char[] CodeMarks = ['{', '='];

    /// <summary>
    /// Script or data leaked as text: braces around quoted keys, a function call with an assignment or braces, or dotted
    /// names assigned ("gtag('consent', 'update', {'ad_storage': 'granted'})", "{ "vars": { "gtag_id": "G-…" } }",
    /// "(self.SWG_BASIC = self.SWG_BASIC || []).push(…)"). A story's parenthesis follows a space, and its sentences have
    /// no braces, no quoted keys and no assignments. A link's dotted host and query ("notizia.aspx?codnews=74973") are no
    /// script: with a link in the line, only braces count. Braces around quoted keys ('ad_storage': …) are script however
    /// many of its words look like stopwords; the other shapes need a line that does not read as prose.
    /// </summary>
    private static bool IsScriptCode(ReadOnlySpan<char> text, bool link, bool prose)
    {
        int braces = 0, calls = 0, assigns = 0, dotted = 0, keys = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '{' or '}':
                    braces++;
                    break;
                case '(' when i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '_'):
                    calls++;
                    break;
                case '=':
                    assigns++;
                    break;
                case ':' when i > 0 && text[i - 1] is '"' or '\'':
                    keys++;
                    break;
                case '.' when i >= 2 && i + 2 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i - 2]) &&
                              (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '_') && (char.IsAsciiLetterOrDigit(text[i + 2]) || text[i + 2] == '_'):
                    dotted++;
                    break;
            }
        }

        return (braces >= 2 && keys >= 1 ||
                !prose && (braces >= 2 && calls + assigns >= 1 || calls >= 1 && braces >= 1 && keys >= 1 || !link && dotted >= 2 && assigns >= 1)) &&
               HasTrackerName(text);
    }

    private static readonly string[] ViewWords =
    [
        "views", "visits", "reads", "hits", "aufrufe", "vues", "lectures", "visitas", "lecturas", "visualizaciones", "letture",
        "visualizzazioni", "visualizações", "leituras", "weergaven", "bekeken",
    ];

    /// <summary>"5632 visitas", "lecturas 382": a number and a word for views, in either order.</summary>
    private static bool IsViewCounter(ReadOnlySpan<char> normalized)
    {
        int space = normalized.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> first = normalized[..space];
        ReadOnlySpan<char> second = normalized[(space + 1)..];
        return !first.ContainsAnyExceptInRange('0', '9') && SpanWords.IsOneOf(second, ViewWords) ||
               !second.ContainsAnyExceptInRange('0', '9') && SpanWords.IsOneOf(first, ViewWords);
    }

    // The names of the analytics, consent, ad and paywall snippets a page runs: a tutorial's code block names none of
    // them, and stays.
    private static readonly string[] TrackerNames =
    [
        "gtag", "dataLayer", "googletag", "_gaq", "fbq(", "SWG_BASIC", "adsbygoogle", "__tcfapi", "GTM-", "gtag_id", "trackPageview",
        "analytics", "_paq", "pageview", "ad_storage", "consent", "amp-analytics", "\"vars\"", "cookie",
    ];

    private static bool HasTrackerName(ReadOnlySpan<char> text)
    {
        foreach (string name in TrackerNames)
        {
            if (text.Contains(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SizeWords =
        ["smaller", "small", "medium", "big", "bigger", "large", "larger", "largest", "smallest", "default", "normal", "a", "a-", "a+", "a++"];

    /// <summary>"Smaller Small Medium Big Bigger", "A- A A+": three words or more, each a text size (a bullet before them aside).</summary>
    private static bool IsSizeChoices(ReadOnlySpan<char> text)
    {
        int sizes = 0;
        foreach (ReadOnlySpan<char> part in new SpanParts(text.Trim(), " "))
        {
            if (part.IsEmpty || part is "•" or "·" or "|" or "-")
            {
                continue;
            }

            if (!SpanWords.IsOneOf(part, SizeWords))
            {
                return false;
            }

            sizes++;
        }

        return sizes >= 3;
    }

    private static readonly string[] PictureParts = ["img", "image", "icon", "logo", "banner", "pixel", "thumb", "btn", "placeholder", "spacer"];

    /// <summary>Whether one of the identifier's underscore-separated parts names a picture or a control ("spot_img").</summary>
    private static bool NamesPicture(ReadOnlySpan<char> token)
    {
        foreach (ReadOnlySpan<char> part in new SpanParts(token, "_"))
        {
            if (SpanWords.IsOneOf(part, PictureParts))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarkupIdentifier(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            ReadOnlySpan<char> w = word.Text;
            if (IsHashtag(text, w))
            {
                // "#vigilanceOrange": a hashtag of a post quoted in the story, not an identifier.
                continue;
            }

            if (w.Length >= 4 && char.IsAsciiLetterLower(w[0]) && char.IsAsciiLetterLower(w[1]) && w[2..].IndexOfAnyInRange('A', 'Z') >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
