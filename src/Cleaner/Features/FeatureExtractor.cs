using System;
using System.Runtime.CompilerServices;
using Cleaner.Text;

namespace Cleaner.Features;

/// <summary>
/// Computes <see cref="LineFeatures"/> for a line in one pass over its characters: character classes, words,
/// stopwords and residue vocabularies (one lexicon lookup per word of at most <see cref="Lexicon.MaxWordLength"/>
/// characters), and special marks. Allocates nothing.
/// </summary>
internal static class FeatureExtractor
{
    /// <summary>Computes the features of <paramref name="line"/>, which must be trimmed at both ends.</summary>
    public static void Extract(ReadOnlySpan<char> line, Lexicon lexicon, WordClass stopwordClass, out LineFeatures features)
    {
        features = default;
        features._firstColon = -1;
        features._length = line.Length;
        if (line.IsEmpty)
        {
            return;
        }

        features._first = line[0];
        features._last = line[^1];
        features._endsSentence = EndsSentence(line);

        Span<char> word = stackalloc char[Lexicon.MaxWordLength];
        int wordLength = 0;
        int wordLetters = 0;
        int wordUpper = 0;
        int wordDigits = 0;
        bool inWord = false;
        bool wordCapitalized = false;
        bool previousLower = false;
        LineMarks marks = LineMarks.None;

        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (TextNormalizer.IsWordChar(c))
            {
                if (!inWord)
                {
                    inWord = true;
                    wordLength = wordLetters = wordUpper = wordDigits = 0;
                    wordCapitalized = char.IsUpper(c);
                    previousLower = false;
                }

                char lower;
                if ((uint)(c - '0') <= 9)
                {
                    wordDigits++;
                    lower = c;
                    previousLower = false;
                }
                else if (c < 128)
                {
                    wordLetters++;
                    bool upper = (uint)(c - 'A') <= 'Z' - 'A';
                    if (upper)
                    {
                        wordUpper++;
                        if (previousLower)
                        {
                            marks |= LineMarks.InnerCapital;
                        }
                    }

                    previousLower = !upper;
                    lower = (char)(c | 0x20);
                }
                else
                {
                    wordLetters++;
                    bool upper = char.IsUpper(c);
                    if (upper)
                    {
                        wordUpper++;
                        if (previousLower)
                        {
                            marks |= LineMarks.InnerCapital;
                        }
                    }

                    previousLower = char.IsLower(c);
                    lower = char.ToLowerInvariant(c);
                }

                if (wordLength < word.Length)
                {
                    word[wordLength] = lower;
                }

                wordLength++;
                continue;
            }

            if (inWord)
            {
                // An apostrophe between letters stays inside the word ("don't", "Venezuela's").
                if (c is '\'' or '\u2019' && i + 1 < line.Length && TextNormalizer.IsWordChar(line[i + 1]))
                {
                    if (wordLength < word.Length)
                    {
                        word[wordLength] = '\'';
                    }

                    wordLength++;
                    continue;
                }

                EndWord(ref features, lexicon, stopwordClass, word, wordLength, wordLetters, wordUpper, wordDigits, wordCapitalized);
                inWord = false;
            }

            marks |= MarkOf(line, i, c, ref features);
        }

        if (inWord)
        {
            EndWord(ref features, lexicon, stopwordClass, word, wordLength, wordLetters, wordUpper, wordDigits, wordCapitalized);
        }

        features._marks |= marks;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord(
        ref LineFeatures features, Lexicon lexicon, WordClass stopwordClass, Span<char> word, int length,
        int letters, int upper, int digits, bool capitalized)
    {
        features._words = Increment(features._words);
        features._letters += letters;
        features._upperLetters += upper;
        features._digits += digits;
        if (capitalized)
        {
            features._capitalizedWords = Increment(features._capitalizedWords);
        }

        if (letters >= 2 && upper == letters)
        {
            features._upperCaseWords = Increment(features._upperCaseWords);
        }

        if (digits == length)
        {
            features._numericWords = Increment(features._numericWords);
            return;
        }

        if (length > word.Length)
        {
            return;
        }

        WordClass classes = lexicon.Lookup(word[..length]);
        if (classes == WordClass.None)
        {
            return;
        }

        features._classes |= classes;
        if ((classes & stopwordClass) != 0)
        {
            features._stopwords = Increment(features._stopwords);
        }

        if ((classes & WordClass.Calendar) != 0)
        {
            features._calendarWords = Increment(features._calendarWords);
        }

        if ((classes & WordClass.Clock) != 0)
        {
            features._clockWords = Increment(features._clockWords);
        }

        if (length >= 3 && word[..length] is "www" or "http" or "https")
        {
            features._marks |= LineMarks.Url;
        }
    }

    private static LineMarks MarkOf(ReadOnlySpan<char> line, int i, char c, ref LineFeatures features)
    {
        switch (c)
        {
            case ':':
                if (features._firstColon < 0)
                {
                    features._firstColon = i;
                }

                if (i > 0 && i + 1 < line.Length && char.IsAsciiDigit(line[i - 1]) && char.IsAsciiDigit(line[i + 1]))
                {
                    return LineMarks.Colon | LineMarks.ClockTime;
                }

                return i + 2 < line.Length && line[i + 1] == '/' && line[i + 2] == '/' ? LineMarks.Colon | LineMarks.Url : LineMarks.Colon;
            case '°':
                return LineMarks.Degree;
            case '|' or '¦':
                return LineMarks.Pipe;
            case '«' or '»' or '‹' or '›':
                return LineMarks.Guillemet | LineMarks.Arrow;
            case '•' or '·' or '▪' or '►' or '▶' or '◆' or '■' or '●':
                return LineMarks.Bullet;
            case '©' or '®' or '™':
                return LineMarks.Copyright;
            case '@':
                return LineMarks.At;
            case '#':
                return LineMarks.Hash;
            case '[' or ']':
                return LineMarks.Bracket;
            case '(' or ')':
                return LineMarks.Parenthesis;
            case '"' or '“' or '”' or '„':
                return LineMarks.Quote;
            case '/':
                return LineMarks.Slash;
            case '%':
                return LineMarks.Percent;
            case '$' or '€' or '£' or '¥':
                return LineMarks.Currency;
            case '→' or '>' or '⇒' or '➔':
                return LineMarks.Arrow;
            case '–' or '—':
                return LineMarks.Dash;
            case '+' or '-' or '−':
                return i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]) && (i == 0 || !char.IsAsciiLetterOrDigit(line[i - 1]))
                    ? LineMarks.SignedNumber
                    : LineMarks.None;
            default:
                return LineMarks.None;
        }
    }

    /// <summary>Whether a line ends like a sentence, looking through closing quotes and brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        int end = line.Length - 1;
        while (end >= 0 && line[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '*')
        {
            end--;
        }

        return end >= 0 && line[end] is '.' or '!' or '?' or '…' or '。';
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Increment(ushort value) => value == ushort.MaxValue ? value : (ushort)(value + 1);
}
