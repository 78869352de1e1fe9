using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Cleaner.Text;

/// <summary>
/// An immutable open-addressing hash table keyed by already-normalised text, looked up with a
/// <see cref="ReadOnlySpan{T}"/> so that the hot path never allocates a string. Works the same on every target
/// framework (no dependence on .NET 9's alternate lookups).
/// </summary>
/// <remarks>
/// Each slot holds the key's hash beside the key and the value, so a probe reads one slot and compares characters
/// only when the hashes agree. Callers that already walk the characters can hash as they go (<see cref="HashSeed"/>,
/// <see cref="HashStep"/>, <see cref="HashFinish"/>) and pass the hash in.
/// </remarks>
/// <typeparam name="TValue">The value stored for a key.</typeparam>
internal sealed class SpanKeyedTable<TValue>
{
    /// <summary>The FNV-1a offset basis that starts a hash.</summary>
    public const uint HashSeed = 2166136261;

    private readonly Entry[] _entries;
    private readonly int _mask;

    /// <summary>
    /// One bit per value of the top bits of a key's hash, set for every key: a phrase table is asked about nearly every
    /// line and holds almost none of them, and a clear bit says so without touching the entries. At least eight bits
    /// per key (from 256 to 4096 bits), so that few look-ups of a text the table lacks get past it.
    /// </summary>
    private readonly ulong[] _filter;

    /// <summary>32 minus the number of hash bits that index <see cref="_filter"/>.</summary>
    private readonly int _filterShift;

    /// <summary>Builds a table from key/value pairs; a later duplicate key is merged with <paramref name="merge"/>.</summary>
    public SpanKeyedTable(IEnumerable<KeyValuePair<string, TValue>> entries, Func<TValue, TValue, TValue> merge)
    {
        var pending = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, TValue> entry in entries)
        {
            pending[entry.Key] = pending.TryGetValue(entry.Key, out TValue? existing) ? merge(existing, entry.Value) : entry.Value;
        }

        int capacity = 16;
        while (capacity < pending.Count * 3)
        {
            capacity <<= 1;
        }

        int filterBitsLog2 = 8;
        while (filterBitsLog2 < MaxFilterBitsLog2 && (1 << filterBitsLog2) < pending.Count * 8)
        {
            filterBitsLog2++;
        }

        _filter = new ulong[(1 << filterBitsLog2) / 64];
        _filterShift = 32 - filterBitsLog2;

        _entries = new Entry[capacity];
        _mask = capacity - 1;
        MaxKeyLength = 0;
        foreach (KeyValuePair<string, TValue> entry in pending)
        {
            uint hash = Hash(entry.Key);
            int slot = (int)(hash & (uint)_mask);
            while (_entries[slot].Key is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(entry.Key, hash, entry.Value);
            uint bit = hash >> _filterShift;
            _filter[bit >> 6] |= 1UL << (int)bit;
            MaxKeyLength = Math.Max(MaxKeyLength, entry.Key.Length);
        }

        Count = pending.Count;
    }

    /// <summary>The largest <see cref="_filter"/>, as a power of two: 4096 bits.</summary>
    private const int MaxFilterBitsLog2 = 12;

    /// <summary>The number of keys.</summary>
    public int Count { get; }

    /// <summary>The length of the longest key: a longer span can never match.</summary>
    public int MaxKeyLength { get; }

    /// <summary>Looks a key up; the span must be normalised the way the keys were.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        if (key.Length <= MaxKeyLength && key.Length > 0)
        {
            return TryGetValue(key, Hash(key), out value);
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Looks a key up whose hash the caller computed with <see cref="HashStep"/> from <see cref="HashSeed"/> and
    /// <see cref="HashFinish"/>: lets a caller probe every prefix of a text while hashing each character once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> key, uint hash, out TValue value)
    {
        int slot = Find(key, hash);
        if (slot >= 0)
        {
            value = _entries[slot].Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// As <see cref="TryGetValue(ReadOnlySpan{char}, uint, out TValue)"/>, returning the key's slot (for
    /// <see cref="ValueAt"/>) or -1: the caller copies no value it does not use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        uint bit = hash >> _filterShift;
        if (key.Length <= MaxKeyLength && key.Length > 0 && (_filter[(int)(bit >> 6)] & (1UL << (int)bit)) != 0)
        {
            return Probe<Exact>(key, hash);
        }

        return -1;
    }

    /// <summary>As <see cref="Find(ReadOnlySpan{char}, uint)"/>, hashing the key with <see cref="Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> key) => key.Length <= MaxKeyLength && key.Length > 0 ? Find(key, Hash(key)) : -1;

    /// <summary>Whether the table holds <paramref name="key"/> (of <paramref name="hash"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> key, uint hash) => Find(key, hash) >= 0;

    /// <summary>The value in a slot <see cref="Find(ReadOnlySpan{char}, uint)"/> returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly TValue ValueAt(int slot) => ref _entries[slot].Value;

    /// <summary>
    /// Looks up a word as written in a text, whose keys are its lower-case form: each character is folded while it is
    /// compared (ASCII letters by one bit; others by <see cref="char.ToLowerInvariant"/>, and a typographic apostrophe
    /// to <c>'</c>). <paramref name="hash"/> is that of the folded form, finished. The word may hold only letters,
    /// digits and apostrophes.
    /// </summary>
    public bool TryGetValueFolding(ReadOnlySpan<char> word, uint hash, bool ascii, out TValue value)
    {
        if (word.Length <= MaxKeyLength && word.Length > 0)
        {
            int slot = ascii ? Probe<FoldingAscii>(word, hash) : Probe<Folding>(word, hash);
            if (slot >= 0)
            {
                value = _entries[slot].Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Compares a lower-case key with an ASCII word of letters, digits and apostrophes, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameCharsFoldingAscii(string candidate, ReadOnlySpan<char> word)
    {
        // Digits and the apostrophe have bit 5 set already, so one OR folds every character a word may hold.
        for (int i = 0; i < word.Length; i++)
        {
            if (candidate[i] != (char)(word[i] | 0x20))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameCharsFolding(string candidate, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char folded = c < 128 ? (char)(c | 0x20) : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
            if (candidate[i] != folded)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds one character to a running hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>Finishes a running hash into the value <see cref="TryGetValue(ReadOnlySpan{char}, uint, out TValue)"/> expects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashFinish(uint hash) => hash ^ (hash >> 15);

    /// <summary>
    /// The open-addressing probe shared by every look-up, returning the key's slot or -1; <typeparamref name="TMatch"/>
    /// says when a key of the same hash and length matches (a struct type argument, so the JIT compiles one specialised
    /// probe per way of comparing).
    /// </summary>
    private int Probe<TMatch>(ReadOnlySpan<char> key, uint hash)
        where TMatch : struct, IKeyMatch
    {
        Entry[] entries = _entries;
        int mask = _mask;
        int slot = (int)(hash & (uint)mask);
        while (true)
        {
            ref Entry entry = ref entries[slot];
            string? candidate = entry.Key;
            if (candidate is null)
            {
                return -1;
            }

            if (entry.Hash == hash && candidate.Length == key.Length && TMatch.Matches(candidate, key))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>How a stored key is compared with a looked-up span of the same length.</summary>
    private interface IKeyMatch
    {
        static abstract bool Matches(string candidate, ReadOnlySpan<char> key);
    }

    private struct Exact : IKeyMatch
    {
        public static bool Matches(string candidate, ReadOnlySpan<char> key) => SameChars(candidate, key);
    }

    private struct FoldingAscii : IKeyMatch
    {
        public static bool Matches(string candidate, ReadOnlySpan<char> key) => SameCharsFoldingAscii(candidate, key);
    }

    private struct Folding : IKeyMatch
    {
        public static bool Matches(string candidate, ReadOnlySpan<char> key) => SameCharsFolding(candidate, key);
    }

    /// <summary>Compares two strings of equal length: a plain loop beats a call for the short keys of these tables.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameChars(string candidate, ReadOnlySpan<char> key)
    {
        if (key.Length > 16)
        {
            return candidate.AsSpan().SequenceEqual(key);
        }

        for (int i = 0; i < key.Length; i++)
        {
            if (candidate[i] != key[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// FNV-1a over UTF-16 code units, finished: cheap, and good enough for short words and phrases. The same for every
    /// <typeparamref name="TValue"/>, so one hash serves every table.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> key)
    {
        uint hash = HashSeed;
        foreach (char c in key)
        {
            hash = HashStep(hash, c);
        }

        return HashFinish(hash);
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly struct Entry(string key, uint hash, TValue value)
    {
        public readonly string? Key = key;
        public readonly uint Hash = hash;
        public readonly TValue Value = value;
    }
}
