using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Cleaner.Features;

/// <summary>
/// Language detection: stopword hits per supported language, gathered by the feature pass over the lines that start in
/// a document's first <see cref="SampleLength"/> characters, so that detecting the language costs no pass of its own.
/// Bounded work per document and good enough for choosing a stopword set; English wins ties and empty input.
/// </summary>
internal struct StopwordTally
{
    /// <summary>How much of the document is sampled.</summary>
    public const int SampleLength = 4096;

    /// <summary>The languages in the order of their stopword bits in <see cref="WordClass"/>.</summary>
    private static readonly Language[] Candidates =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
        Language.Dutch,
    ];

    private Counts _hits;

    /// <summary>Counts one word whose classes are <paramref name="classes"/> (only its stopword bits matter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(WordClass classes)
    {
        for (uint bits = (uint)(classes & WordClass.AnyStopword); bits != 0; bits &= bits - 1)
        {
            _hits[BitOperations.TrailingZeroCount(bits)]++;
        }
    }

    /// <summary>The language with the most hits; English wins ties and an empty tally.</summary>
    public readonly Language Best()
    {
        ReadOnlySpan<int> hits = _hits;
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

    /// <summary>One counter per stopword bit of <see cref="WordClass"/>, in bit order (English first).</summary>
    [InlineArray(7)]
    private struct Counts
    {
        private int _first;
    }
}
