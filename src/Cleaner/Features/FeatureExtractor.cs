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
/// <remarks>
/// The line is read a word at a time: an outer loop skips the characters between words (noting marks), an inner loop
/// reads one word with only its own few counters live, so they stay in registers; per-line counts are added once per
/// word. A word is looked up in the lexicon by the hash of its lower-case form, computed while it is read, and compared
/// with the table's key by folding the line's characters on the fly: nothing is copied.
/// </remarks>
internal static class FeatureExtractor
{
    /// <summary>Bits of <see cref="AsciiClasses"/>.</summary>
    private const byte Lower = 1, Upper = 2, Digit = 4, Marked = 8;

    /// <summary>The class the word loop gives a character outside ASCII (none of the table's bits).</summary>
    private const int NonAscii = 16;

    /// <summary>Computes the features of <paramref name="line"/>, which must be trimmed at both ends.</summary>
    public static void Extract(ReadOnlySpan<char> line, Lexicon lexicon, WordClass stopwordClass, out LineFeatures features)
    {
        var tally = default(StopwordTally);
        Extract(line, lexicon, stopwordClass, ref tally, countLanguages: false, [], out features);
    }

    /// <summary>
    /// As <see cref="Extract(ReadOnlySpan{char}, Lexicon, WordClass, out LineFeatures)"/>; when
    /// <paramref name="countLanguages"/> is set, also adds the line's stopwords to <paramref name="tally"/>. Writes the
    /// <see cref="WordHash"/> of each word, in order, to <paramref name="wordHashes"/> while there is room, and returns
    /// how many it wrote.
    /// </summary>
    public static int Extract(
        ReadOnlySpan<char> line, Lexicon lexicon, WordClass stopwordClass, ref StopwordTally tally, bool countLanguages,
        Span<uint> wordHashes, out LineFeatures features)
    {
        features = default;
        features._firstColon = -1;
        features._length = line.Length;
        if (line.IsEmpty)
        {
            return 0;
        }

        features._first = line[0];
        features._last = line[^1];
        features._endsSentence = EndsSentence(line);

        ReadOnlySpan<byte> asciiClasses = AsciiClasses;
        var counts = default(WordCounts);
        int hashesWritten = 0;
        LineMarks marks = LineMarks.None;
        int n = line.Length;
        int i = 0;
        while (i < n)
        {
            char c = line[i];
            bool capitalized;
            if (c < 128)
            {
                byte cls = asciiClasses[c];
                if ((cls & (Lower | Upper | Digit)) == 0)
                {
                    if ((cls & Marked) != 0)
                    {
                        marks |= MarkOf(line, i, c, ref features);
                    }

                    i++;
                    continue;
                }

                capitalized = (cls & Upper) != 0;
            }
            else if (TextNormalizer.IsWordChar(c))
            {
                capitalized = char.IsUpper(c);
            }
            else
            {
                marks |= MarkOf(line, i, c, ref features);
                i++;
                continue;
            }

            // A word starts at i: read it with its own counters.
            int start = i;
            int upper = 0;
            int digits = 0;
            int apostrophes = 0;
            bool previousLower = false;
            bool ascii = true;
            uint hash = SpanKeyedTable<WordClass>.HashSeed;

            // The class of the character at i, carried from one character to the next so that each is looked up once.
            int charClass = c < 128 ? asciiClasses[c] : NonAscii;
            while (true)
            {
                char lower;
                if ((charClass & Lower) != 0)
                {
                    previousLower = true;
                    lower = c;
                }
                else if ((charClass & Upper) != 0)
                {
                    upper++;
                    if (previousLower)
                    {
                        marks |= LineMarks.InnerCapital;
                    }

                    previousLower = false;
                    lower = (char)(c | 0x20);
                }
                else if ((charClass & Digit) != 0)
                {
                    digits++;
                    previousLower = false;
                    lower = c;
                }
                else
                {
                    ascii = false;
                    if (char.IsUpper(c))
                    {
                        upper++;
                        if (previousLower)
                        {
                            marks |= LineMarks.InnerCapital;
                        }
                    }

                    previousLower = char.IsLower(c);
                    lower = char.ToLowerInvariant(c);
                }

                if (i - start < Lexicon.MaxWordLength)
                {
                    // SpanKeyedTable.HashStep, written out: the JIT's inlining budget runs out in a method this size.
                    hash = (hash ^ lower) * 16777619;
                }

                if (++i >= n)
                {
                    break;
                }

                c = line[i];
                if (c < 128)
                {
                    charClass = asciiClasses[c];
                    if ((charClass & (Lower | Upper | Digit)) != 0)
                    {
                        continue;
                    }
                }
                else if (TextNormalizer.IsWordChar(c))
                {
                    charClass = NonAscii;
                    continue;
                }

                // An apostrophe between word characters stays inside the word ("don't", "Venezuela's").
                if ((c == '\'' || c == '\u2019') && i + 1 < n && TextNormalizer.IsWordChar(line[i + 1]))
                {
                    ascii &= c == '\'';
                    apostrophes++;
                    if (i - start < Lexicon.MaxWordLength)
                    {
                        hash = (hash ^ '\'') * 16777619;
                    }

                    c = line[++i];
                    charClass = c < 128 ? asciiClasses[c] : NonAscii;
                    continue;
                }

                break;
            }

            int length = i - start;
            if ((uint)hashesWritten < (uint)wordHashes.Length)
            {
                wordHashes[hashesWritten++] = SpanKeyedTable<WordClass>.HashFinish(hash);
            }

            counts.Words++;
            counts.Letters += length - digits - apostrophes;
            counts.UpperLetters += upper;
            counts.Digits += digits;
            if (capitalized)
            {
                counts.CapitalizedWords++;
            }

            if (length - digits - apostrophes >= 2 && upper == length - digits - apostrophes)
            {
                counts.UpperCaseWords++;
            }

            if (digits == length)
            {
                counts.NumericWords++;
                continue;
            }

            if (length > Lexicon.MaxWordLength)
            {
                continue;
            }

            ReadOnlySpan<char> word = line.Slice(start, length);
            WordClass classes = lexicon.LookupFolding(word, hash, ascii);
            if (classes == WordClass.None)
            {
                continue;
            }

            counts.Classes |= classes;
            if ((classes & stopwordClass) != 0)
            {
                counts.Stopwords++;
            }

            if (countLanguages)
            {
                tally.Add(classes);
            }

            if ((classes & WordClass.Calendar) != 0)
            {
                counts.CalendarWords++;
            }

            if ((classes & WordClass.Clock) != 0)
            {
                counts.ClockWords++;
            }

            // (The first letter is checked first: the comparisons cost more than the rest of a word's bookkeeping.)
            if (length is >= 3 and <= 5 && (word[0] | 0x20) is 'w' or 'h' &&
                               (word.Equals("www", StringComparison.OrdinalIgnoreCase) ||
                                word.Equals("http", StringComparison.OrdinalIgnoreCase) ||
                                word.Equals("https", StringComparison.OrdinalIgnoreCase)))
            {
                counts.Marks |= LineMarks.Url;
            }
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
        return hashesWritten;
    }

    /// <summary>
    /// The hash the feature pass records for a word: <see cref="SpanKeyedTable{TValue}.Hash"/> of its first
    /// <see cref="Lexicon.MaxWordLength"/> characters in lower case. A word is a run of letters and digits, with an
    /// apostrophe (<c>'</c> or <c>’</c>, hashed as <c>'</c>) kept when a letter or digit follows it.
    /// </summary>
    public static uint WordHash(ReadOnlySpan<char> lowerCaseWord) =>
        SpanKeyedTable<WordClass>.Hash(lowerCaseWord[..Math.Min(lowerCaseWord.Length, Lexicon.MaxWordLength)]);

    /// <summary>
    /// One byte per ASCII character: <see cref="Lower"/>, <see cref="Upper"/>, <see cref="Digit"/> for word characters,
    /// <see cref="Marked"/> for those <see cref="MarkOf"/> may report.
    /// </summary>
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // space ! " # $ % & ' ( ) * + , - . /
        0, 0, 8, 8, 8, 8, 0, 0, 8, 8, 0, 8, 0, 8, 0, 8,
        // 0-9
        4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
        // : ; < = > ? @
        8, 0, 0, 0, 8, 0, 8,
        // A-Z
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        // [ \ ] ^ _ `
        8, 0, 8, 0, 0, 0,
        // a-z
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        // { | } ~ DEL
        0, 8, 0, 0, 0,
    ];

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

    /// <summary>". " or "? " between a lower-case letter and a capital: a sentence ends inside the line ("U.S. Army"
    /// and "No. 2" do not count).</summary>
    public static bool HasInnerSentenceEnd(ReadOnlySpan<char> line)
    {
        for (int i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && char.IsLower(line[i - 1]) && char.IsUpper(line[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClosingQuotes = System.Buffers.SearchValues.Create("\"”“»’");

    /// <summary>
    /// "\"Subscribe to what you believe in,\" the pastor told the congregation.": a quotation opening a sentence of the
    /// story; a prompt is never put in quotation marks and followed by its speaker.
    /// </summary>
    public static bool OpensQuotedSentence(ReadOnlySpan<char> text, in LineFeatures features)
    {
        if (features.Words < 4 || text.Length < 2 || text[0] is not ('"' or '“' or '„' or '«' or '‘'))
        {
            return false;
        }

        int close = text[1..].IndexOfAny(ClosingQuotes);
        return close > 0 && text[(close + 2)..].Trim().Length > 0;
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
