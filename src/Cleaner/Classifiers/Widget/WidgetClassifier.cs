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

    /// <summary>A poll or market-data widget's controls and notes.</summary>
    public static readonly ResidueRule Poll = new("widget.poll", ResidueKind.Widget,
        "Controls and notes of a poll or market-data widget ('View results', 'Total votes: 312', 'Quotes delayed …').");

    private readonly PhraseSet _phrases = new PhraseListBuilder()
        .Add(Poll, PhraseMatch.Exact, 0.85f, 60, "vote", "vote now", "view results", "view poll results", "see results",
            "show results", "poll results", "cast your vote", "poll closed", "this poll is closed", "loading poll",
            "abstimmen", "ergebnis anzeigen", "voter", "voir les résultats", "votar", "ver resultados", "vota",
            "vedi risultati", "ver resultados", "stem", "bekijk resultaten", "take our poll", "take the poll")
        .Add(Weather, PhraseMatch.Exact, 0.8f, 40, "5 day forecast", "7 day forecast", "10 day forecast", "current conditions",
            "weather alert", "weather alerts", "hourly forecast", "extended forecast", "interactive radar", "live radar",
            "weather radar", "closings and delays", "school closings", "traffic and weather")
        .Add(Poll, PhraseMatch.Label, 0.85f, 60, "total votes", "votes", "total responses")
        .Add(Poll, PhraseMatch.Prefix, 0.85f, 100, "quotes delayed", "market data provided by", "data delayed",
            "quotes are delayed", "stock quotes delayed", "market data delayed")
        .Build();

    /// <inheritdoc />
    public override string Name => "widget";

    /// <inheritdoc />
    public override ResidueKind Kind => ResidueKind.Widget;

    /// <inheritdoc />
    public override ClassifierTriggers Triggers => new(MaxMarkupLength);

    // Widgets are short lines; markup leaked as text can run longer ("&amp;amp;nbsp; &amp;amp;lt;!--iframe--…").
    private const int MaxWidgetLength = 100;
    private const int MaxMarkupLength = 600;

    /// <inheritdoc />
    public override Verdict Classify(in SegmentContext context)
    {
        LineFeatures features = context.Features;
        if (features.Length > MaxWidgetLength)
        {
            return features.Words >= 2 && context.Text.IndexOfAny('&', '<') >= 0 && IsMostlyMarkup(context.Text)
                ? Verdict.From(Markup, 0.85f)
                : Verdict.None;
        }

        if ((features.Words <= 8 || features.Has(WordClass.Related | WordClass.Weather)) && _phrases.TryMatch(context, out PhraseHit hit))
        {
            return Verdict.From(hit.Rule, hit.Score);
        }

        if (features.EndsSentence && features.Words > 3)
        {
            return Verdict.None;
        }

        if (features.Has(LineMarks.Degree) && features.Words <= 12 && features.Stopwords <= 2)
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

        if (features.Has(LineMarks.InnerCapital) && features.Words <= 6 && HasMarkupIdentifier(context.Text))
        {
            return Verdict.From(Markup, 0.8f);
        }

        if (features.Has(LineMarks.SignedNumber) && features.Words <= 12 && features.NumericWords >= 4 &&
            features.Stopwords == 0 && features.Letters <= features.Digits * 2)
        {
            return Verdict.From(Ticker, 0.75f);
        }

        return Verdict.None;
    }

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
    private static bool HasMarkupIdentifier(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Lexicon.MaxWordLength];
        foreach (LineWords.Word word in new LineWords(text, buffer))
        {
            ReadOnlySpan<char> w = word.Text;
            if (w.Length >= 4 && char.IsAsciiLetterLower(w[0]) && char.IsAsciiLetterLower(w[1]) && w[2..].IndexOfAnyInRange('A', 'Z') >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
