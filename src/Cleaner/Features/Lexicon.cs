using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Cleaner.Text;

namespace Cleaner.Features;

/// <summary>
/// The one word table the feature pass consults: lower-case word to <see cref="WordClass"/>. Built once per process
/// (it is immutable), looked up with a span.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>Words longer than this are never looked up: no entry is longer.</summary>
    public const int MaxWordLength = 16;

    /// <summary>Bits of the hash filter, as a power of two: 2^15 bits (4 KB) keep it in the L1 cache.</summary>
    private const int FilterBitsLog2 = 15;

    private readonly SpanKeyedTable<WordClass> _table;

    /// <summary>
    /// One bit per value of the top <see cref="FilterBitsLog2"/> bits of a key's hash, set for every key: most words
    /// of a text are in no list, and a clear bit rejects them without touching the (much larger) table.
    /// </summary>
    private readonly ulong[] _filter = new ulong[(1 << FilterBitsLog2) / 64];

    private Lexicon(IEnumerable<KeyValuePair<string, WordClass>> entries)
    {
        var list = new List<KeyValuePair<string, WordClass>>(entries);
        _table = new SpanKeyedTable<WordClass>(list, static (a, b) => a | b);
        foreach (KeyValuePair<string, WordClass> entry in list)
        {
            uint hash = SpanKeyedTable<WordClass>.HashSeed;
            foreach (char c in entry.Key)
            {
                hash = SpanKeyedTable<WordClass>.HashStep(hash, c);
            }

            uint bit = SpanKeyedTable<WordClass>.HashFinish(hash) >> (32 - FilterBitsLog2);
            _filter[bit >> 6] |= 1UL << (int)bit;
        }
    }

    /// <summary>The shared lexicon with every built-in word list.</summary>
    public static Lexicon Default { get; } = new(BuildEntries());

    /// <summary>The classes of a word given in lower case; <see cref="WordClass.None"/> when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass Lookup(ReadOnlySpan<char> lowerCaseWord) =>
        _table.TryGetValue(lowerCaseWord, out WordClass value) ? value : WordClass.None;

    /// <summary>
    /// As <see cref="Lookup(ReadOnlySpan{char})"/>, for a caller that hashed the word while reading it
    /// (<see cref="SpanKeyedTable{TValue}.HashStep"/> from <see cref="SpanKeyedTable{TValue}.HashSeed"/>, not finished).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass Lookup(ReadOnlySpan<char> lowerCaseWord, uint runningHash)
    {
        uint hash = SpanKeyedTable<WordClass>.HashFinish(runningHash);
        uint bit = hash >> (32 - FilterBitsLog2);
        if ((_filter[bit >> 6] & (1UL << (int)bit)) == 0)
        {
            return WordClass.None;
        }

        return _table.TryGetValue(lowerCaseWord, hash, out WordClass value) ? value : WordClass.None;
    }

    /// <summary>
    /// As <see cref="Lookup(ReadOnlySpan{char}, uint)"/>, for a word as it stands in the text: its characters are
    /// folded to lower case (and a typographic apostrophe to <c>'</c>) while they are compared, so the caller copies
    /// nothing. <paramref name="ascii"/> says the word is all ASCII, where folding is setting one bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordClass LookupFolding(ReadOnlySpan<char> word, uint runningHash, bool ascii)
    {
        uint hash = SpanKeyedTable<WordClass>.HashFinish(runningHash);
        uint bit = hash >> (32 - FilterBitsLog2);
        if ((_filter[bit >> 6] & (1UL << (int)bit)) == 0)
        {
            return WordClass.None;
        }

        return _table.TryGetValueFolding(word, hash, ascii, out WordClass value) ? value : WordClass.None;
    }

    /// <summary>The stopword class of a language.</summary>
    public static WordClass StopwordClass(Language language) => language switch
    {
        Language.German => WordClass.StopGerman,
        Language.French => WordClass.StopFrench,
        Language.Spanish => WordClass.StopSpanish,
        Language.Italian => WordClass.StopItalian,
        Language.Portuguese => WordClass.StopPortuguese,
        Language.Dutch => WordClass.StopDutch,
        _ => WordClass.StopEnglish,
    };

    private static IEnumerable<KeyValuePair<string, WordClass>> BuildEntries()
    {
        foreach ((WordClass cls, string words) in WordLists.All)
        {
            foreach (string word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return new KeyValuePair<string, WordClass>(word, cls);
            }
        }
    }
}
