using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Cleaner.Text;

/// <summary>
/// An immutable open-addressing hash table keyed by already-normalised text, looked up with a
/// <see cref="ReadOnlySpan{T}"/> so that the hot path never allocates a string. Works the same on every target
/// framework (no dependence on .NET 9's alternate lookups).
/// </summary>
/// <typeparam name="TValue">The value stored for a key.</typeparam>
internal sealed class SpanKeyedTable<TValue>
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

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

        _keys = new string?[capacity];
        _values = new TValue[capacity];
        _mask = capacity - 1;
        MaxKeyLength = 0;
        foreach (KeyValuePair<string, TValue> entry in pending)
        {
            int slot = (int)(Hash(entry.Key) & (uint)_mask);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = entry.Key;
            _values[slot] = entry.Value;
            MaxKeyLength = Math.Max(MaxKeyLength, entry.Key.Length);
        }

        Count = pending.Count;
    }

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
            int slot = (int)(Hash(key) & (uint)_mask);
            string? candidate;
            while ((candidate = _keys[slot]) is not null)
            {
                if (candidate.AsSpan().SequenceEqual(key))
                {
                    value = _values[slot];
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>FNV-1a over UTF-16 code units: cheap, and good enough for short words and phrases.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> key)
    {
        uint hash = 2166136261;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash ^ (hash >> 15);
    }
}
