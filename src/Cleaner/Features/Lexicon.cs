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

    /// <summary>Words of at most this many ASCII characters are also kept packed, one byte a character, in one <see langword="ulong"/>.</summary>
    private const int MaxPackedLength = 8;

    // The short ASCII words (most stopwords) packed into their ulong (PackAscii), by the same hash as the table: found
    // with one comparison, without reading a string. Open addressing; an empty slot holds 0, which no word packs to.
    private readonly PackedEntry[] _packed;
    private readonly int _packedMask;

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

        // Every short ASCII key once, with its merged classes (the main table merged duplicates already).
        var shortKeys = new Dictionary<ulong, (string Key, WordClass Classes)>();
        foreach (KeyValuePair<string, WordClass> entry in list)
        {
            if (entry.Key.Length <= MaxPackedLength && IsAsciiKey(entry.Key))
            {
                ulong packed = PackAscii(entry.Key);
                shortKeys[packed] = (entry.Key, shortKeys.TryGetValue(packed, out var existing) ? existing.Classes | entry.Value : entry.Value);
            }
        }

        int size = 16;
        while (size < shortKeys.Count * 2)
        {
            size <<= 1;
        }

        _packed = new PackedEntry[size];
        _packedMask = size - 1;
        foreach (KeyValuePair<ulong, (string Key, WordClass Classes)> entry in shortKeys)
        {
            int slot = (int)(SpanKeyedTable<WordClass>.Hash(entry.Value.Key) & (uint)_packedMask);
            while (_packed[slot].Key != 0)
            {
                slot = (slot + 1) & _packedMask;
            }

            _packed[slot] = new PackedEntry(entry.Key, entry.Value.Classes);
        }
    }

    /// <summary>Finds a packed short word (see <see cref="PackAscii"/>) by its finished hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordClass LookupPacked(ulong packed, uint hash)
    {
        PackedEntry[] entries = _packed;
        int mask = _packedMask;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            PackedEntry entry = entries[slot];
            if (entry.Key == packed)
            {
                return entry.Value;
            }

            if (entry.Key == 0)
            {
                return WordClass.None;
            }
        }
    }

    private readonly record struct PackedEntry(ulong Key, WordClass Value);

    private static bool IsAsciiKey(string key)
    {
        foreach (char c in key)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word of at most <see cref="MaxPackedLength"/> ASCII word characters, folded to lower case, one byte each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PackAscii(ReadOnlySpan<char> word)
    {
        // Letters fold by setting bit 5; digits and the apostrophe have it set already.
        ulong packed = 0;
        for (int i = 0; i < word.Length; i++)
        {
            packed |= (ulong)(byte)(word[i] | 0x20) << (8 * i);
        }

        return packed;
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

        if (lowerCaseWord.Length <= MaxPackedLength && System.Text.Ascii.IsValid(lowerCaseWord))
        {
            return LookupPacked(PackAscii(lowerCaseWord), hash);
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

        if (ascii && word.Length <= MaxPackedLength)
        {
            return LookupPacked(PackAscii(word), hash);
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
