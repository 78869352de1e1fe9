using System;
using Cleaner.Text;

namespace Cleaner.Features;

/// <summary>
/// Picks a document's language from the stopwords in its first few thousand characters. Cheap (bounded work per
/// document) and good enough for choosing a stopword set; English wins ties and empty input.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>How much of the document is sampled.</summary>
    public const int SampleLength = 4096;

    /// <summary>The languages in the order of their stopword bits in <see cref="WordClass"/>.</summary>
    internal static readonly Language[] Candidates =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
        Language.Dutch,
    ];

    public static Language Detect(ReadOnlySpan<char> text, Lexicon lexicon)
    {
        ReadOnlySpan<char> sample = text.Length > SampleLength ? text[..SampleLength] : text;
        Span<int> hits = stackalloc int[Candidates.Length];
        Span<char> word = stackalloc char[Lexicon.MaxWordLength];
        int length = 0;
        uint hash = SpanKeyedTable<WordClass>.HashSeed;
        for (int i = 0; i <= sample.Length; i++)
        {
            char c = i < sample.Length ? sample[i] : ' ';
            char lower;
            if (c < 128)
            {
                // ASCII: letters fold to lower case by setting bit 5, which leaves digits as they are.
                if (TextNormalizer.IsAsciiWordChar(c))
                {
                    lower = (char)(c | 0x20);
                }
                else if (c == '\'' && length > 0)
                {
                    lower = '\'';
                }
                else
                {
                    goto EndOfWord;
                }
            }
            else if (TextNormalizer.IsWordChar(c))
            {
                lower = char.ToLowerInvariant(c);
            }
            else if (c == '\u2019' && length > 0)
            {
                lower = '\'';
            }
            else
            {
                goto EndOfWord;
            }

            // The word is hashed while it is read, as the feature pass does, so a look-up hashes nothing again.
            if (length < word.Length)
            {
                word[length] = lower;
                hash = SpanKeyedTable<WordClass>.HashStep(hash, lower);
            }

            length++;
            continue;

        EndOfWord:
            if (length is > 0 and <= Lexicon.MaxWordLength)
            {
                WordClass classes = lexicon.Lookup(word[..length], hash);
                if ((classes & WordClass.AnyStopword) != 0)
                {
                    for (int k = 0; k < Candidates.Length; k++)
                    {
                        if ((classes & Lexicon.StopwordClass(Candidates[k])) != 0)
                        {
                            hits[k]++;
                        }
                    }
                }
            }

            length = 0;
            hash = SpanKeyedTable<WordClass>.HashSeed;
        }

        int best = 0;
        for (int k = 1; k < Candidates.Length; k++)
        {
            if (hits[k] > hits[best])
            {
                best = k;
            }
        }

        return Candidates[best];
    }
}
