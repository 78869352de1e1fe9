using System;

namespace Cleaner.Features;

/// <summary>
/// Picks a document's language from the stopwords in its first few thousand characters. Cheap (bounded work per
/// document) and good enough for choosing a stopword set; English wins ties and empty input.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>How much of the document is sampled.</summary>
    public const int SampleLength = 4096;

    private static readonly Language[] Candidates =
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
        for (int i = 0; i <= sample.Length; i++)
        {
            char c = i < sample.Length ? sample[i] : ' ';
            if (Text.TextNormalizer.IsWordChar(c) || (c is '\'' or '\u2019' && length > 0))
            {
                if (length < word.Length)
                {
                    word[length] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
                }

                length++;
                continue;
            }

            if (length is > 0 and <= Lexicon.MaxWordLength)
            {
                WordClass classes = lexicon.Lookup(word[..length]);
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
