using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

        // Counts live in locals and are written back once (saturating, as the fields are 16-bit).
        var counts = default(WordCounts);
        Span<char> word = stackalloc char[Lexicon.MaxWordLength];
        int wordLength = 0;
        int wordLetters = 0;
        int wordUpper = 0;
        int wordDigits = 0;
        uint wordHash = 0;
        bool inWord = false;
        bool wordCapitalized = false;
        bool previousLower = false;
        LineMarks marks = LineMarks.None;

        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            char lower;
            if (c < 128)
            {
                if ((uint)(c - '0') <= 9)
                {
                    if (!inWord)
                    {
                        inWord = true;
                        wordLength = wordLetters = wordUpper = wordDigits = 0;
                        wordHash = SpanKeyedTable<WordClass>.HashSeed;
                        wordCapitalized = false;
                    }

                    wordDigits++;
                    lower = c;
                    previousLower = false;
                }
                else if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                {
                    bool upper = c <= 'Z';
                    if (!inWord)
                    {
                        inWord = true;
                        wordLength = wordLetters = wordUpper = wordDigits = 0;
                        wordHash = SpanKeyedTable<WordClass>.HashSeed;
                        wordCapitalized = upper;
                        previousLower = false;
                    }

                    wordLetters++;
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
                    if (inWord)
                    {
                        // An apostrophe between letters stays inside the word ("don't", "Venezuela's").
                        if (c == '\'' && i + 1 < line.Length && TextNormalizer.IsWordChar(line[i + 1]))
                        {
                            AppendToWord(word, ref wordLength, ref wordHash, '\'');
                            continue;
                        }

                        EndWord(ref counts, lexicon, stopwordClass, word, wordLength, wordHash, wordLetters, wordUpper, wordDigits, wordCapitalized);
                        inWord = false;
                    }

                    if (IsMarkedAscii(c))
                    {
                        marks |= MarkOf(line, i, c, ref features);
                    }

                    continue;
                }
            }
            else if (TextNormalizer.IsWordChar(c))
            {
                if (!inWord)
                {
                    inWord = true;
                    wordLength = wordLetters = wordUpper = wordDigits = 0;
                    wordHash = SpanKeyedTable<WordClass>.HashSeed;
                    wordCapitalized = char.IsUpper(c);
                    previousLower = false;
                }

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
            else
            {
                if (inWord)
                {
                    if (c == '\u2019' && i + 1 < line.Length && TextNormalizer.IsWordChar(line[i + 1]))
                    {
                        AppendToWord(word, ref wordLength, ref wordHash, '\'');
                        continue;
                    }

                    EndWord(ref counts, lexicon, stopwordClass, word, wordLength, wordHash, wordLetters, wordUpper, wordDigits, wordCapitalized);
                    inWord = false;
                }

                marks |= MarkOf(line, i, c, ref features);
                continue;
            }

            AppendToWord(word, ref wordLength, ref wordHash, lower);
        }

        if (inWord)
        {
            EndWord(ref counts, lexicon, stopwordClass, word, wordLength, wordHash, wordLetters, wordUpper, wordDigits, wordCapitalized);
        }

        features._words = Saturate(counts.Words);
        features._stopwords = Saturate(counts.Stopwords);
        features._capitalizedWords = Saturate(counts.CapitalizedWords);
        features._upperCaseWords = Saturate(counts.UpperCaseWords);
        features._numericWords = Saturate(counts.NumericWords);
        features._calendarWords = Saturate(counts.CalendarWords);
        features._clockWords = Saturate(counts.ClockWords);
        features._letters = counts.Letters;
        features._upperLetters = counts.UpperLetters;
        features._digits = counts.Digits;
        features._classes = counts.Classes;
        features._marks |= marks | counts.Marks;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AppendToWord(Span<char> word, ref int length, ref uint hash, char c)
    {
        if (length < word.Length)
        {
            word[length] = c;
            hash = SpanKeyedTable<WordClass>.HashStep(hash, c);
        }

        length++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EndWord(
        ref WordCounts counts, Lexicon lexicon, WordClass stopwordClass, Span<char> word, int length, uint hash,
        int letters, int upper, int digits, bool capitalized)
    {
        counts.Words++;
        counts.Letters += letters;
        counts.UpperLetters += upper;
        counts.Digits += digits;
        if (capitalized)
        {
            counts.CapitalizedWords++;
        }

        if (letters >= 2 && upper == letters)
        {
            counts.UpperCaseWords++;
        }

        if (digits == length)
        {
            counts.NumericWords++;
            return;
        }

        if (length > word.Length)
        {
            return;
        }

        WordClass classes = lexicon.Lookup(word[..length], hash);
        if (classes == WordClass.None)
        {
            return;
        }

        counts.Classes |= classes;
        if ((classes & stopwordClass) != 0)
        {
            counts.Stopwords++;
        }

        if ((classes & WordClass.Calendar) != 0)
        {
            counts.CalendarWords++;
        }

        if ((classes & WordClass.Clock) != 0)
        {
            counts.ClockWords++;
        }

        if (length >= 3 && word[..length] is "www" or "http" or "https")
        {
            counts.Marks |= LineMarks.Url;
        }
    }

    /// <summary>Whether <see cref="MarkOf"/> can return anything but <see cref="LineMarks.None"/> for an ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMarkedAscii(char c)
    {
        // Bits for : | @ # [ ] ( ) " / % $ > + -
        const ulong Low = (1UL << ':') | (1UL << '#') | (1UL << '(') | (1UL << ')') | (1UL << '"') | (1UL << '/') |
                          (1UL << '%') | (1UL << '$') | (1UL << '>') | (1UL << '+') | (1UL << '-');
        const ulong High = (1UL << ('|' - 64)) | (1UL << ('@' - 64)) | (1UL << ('[' - 64)) | (1UL << (']' - 64));
        return c < 64 ? ((Low >> c) & 1) != 0 : ((High >> (c - 64)) & 1) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort Saturate(int value) => value >= ushort.MaxValue ? ushort.MaxValue : (ushort)value;

    /// <summary>The per-line counts, kept in registers or on the stack while the line is read.</summary>
    [StructLayout(LayoutKind.Auto)]
    private struct WordCounts
    {
        public int Words;
        public int Stopwords;
        public int CapitalizedWords;
        public int UpperCaseWords;
        public int NumericWords;
        public int CalendarWords;
        public int ClockWords;
        public int Letters;
        public int UpperLetters;
        public int Digits;
        public WordClass Classes;
        public LineMarks Marks;
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

}
