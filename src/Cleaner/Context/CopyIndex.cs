using System;
using System.Buffers;
using Cleaner.Pipeline;

namespace Cleaner.Context;

/// <summary>
/// Where the duplicate rule finds a line's copies: for each line, the nearest line before and after it with every feature
/// equal (<see cref="SameFeatures"/>; chained, so a line's possible copies are visited nearest first), found with one
/// hash table over the document; and how far a look-up reaches, counted as the rule counts (kept and unclassified lines
/// between, which change as lines are removed, in a Fenwick tree; non-blank lines passed, in a prefix array). A look-up
/// then visits only the lines that could be copies instead of walking every line of its window, so its cost does not
/// depend on the window's size. Arrays come from <see cref="ArrayPool{T}.Shared"/>.
/// </summary>
internal struct CopyIndex : IDisposable
{
    private int[]? _previous;
    private int[]? _next;

    // The number of non-blank (not skipped) lines before each index, and in all at the end.
    private int[]? _nonBlankBefore;

    // A Fenwick tree (1-based) over the lines that count towards a look-up's window: unclassified lines, and non-blank
    // lines not removed. Updated by MarkRemoved.
    private int[]? _counted;
    private int _count;

    /// <summary>Indexes the lines that are not skipped.</summary>
    public static CopyIndex Build(ReadOnlySpan<LineFeatures> features, ReadOnlySpan<LineDecision> lines)
    {
        int count = lines.Length;
        var index = new CopyIndex
        {
            _previous = ArrayPool<int>.Shared.Rent(count),
            _next = ArrayPool<int>.Shared.Rent(count),
            _nonBlankBefore = ArrayPool<int>.Shared.Rent(count + 1),
            _counted = ArrayPool<int>.Shared.Rent(count + 1),
            _count = count,
        };

        // The tree built in place in linear time: each node adds itself to its parent.
        Span<int> tree = index._counted.AsSpan(0, count + 1);
        tree.Clear();
        for (int i = 1; i <= count; i++)
        {
            LineDecision line = lines[i - 1];
            tree[i] += line.Skipped ? (line.Unclassified ? 1 : 0) : (line.Removed ? 0 : 1);
            int parent = i + (i & -i);
            if (parent <= count)
            {
                tree[parent] += tree[i];
            }
        }

        int size = 16;
        while (size < 2 * count)
        {
            size <<= 1;
        }

        // Slots hold a line's index plus one; zero is empty. A slot keeps the latest line of its features.
        int[] table = ArrayPool<int>.Shared.Rent(size);
        Span<int> slots = table.AsSpan(0, size);
        slots.Clear();
        int mask = size - 1;
        int nonBlank = 0;
        for (int i = 0; i < count; i++)
        {
            index._nonBlankBefore[i] = nonBlank;
            index._previous[i] = -1;
            index._next[i] = -1;
            if (lines[i].Skipped)
            {
                continue;
            }

            nonBlank++;
            int slot = (int)(Key(features[i]) & (uint)mask);
            while (true)
            {
                int entry = slots[slot];
                if (entry == 0)
                {
                    slots[slot] = i + 1;
                    break;
                }

                int other = entry - 1;
                if (SameFeatures(features[other], features[i]))
                {
                    index._previous[i] = other;
                    index._next[other] = i;
                    slots[slot] = i + 1;
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        index._nonBlankBefore[count] = nonBlank;
        ArrayPool<int>.Shared.Return(table);
        return index;
    }

    /// <summary>The nearest line in direction <paramref name="step"/> (-1 or +1) with the same features, or -1.</summary>
    public readonly int Nearest(int index, int step) => step < 0 ? _previous![index] : _next![index];

    /// <summary>
    /// Whether a look-up from line <paramref name="from"/> reaches line <paramref name="to"/>: fewer than
    /// <paramref name="window"/> lines that count between them, and at most <paramref name="maxNonBlank"/> non-blank lines
    /// passed, <paramref name="to"/> included. Both only grow with distance, so the first line out of reach ends a look-up.
    /// </summary>
    public readonly bool Reaches(int from, int to, int window, int maxNonBlank)
    {
        int low = Math.Min(from, to);
        int high = Math.Max(from, to);
        int passed = to > from ? _nonBlankBefore![to + 1] - _nonBlankBefore[from + 1] : _nonBlankBefore![from] - _nonBlankBefore[to];
        return passed <= maxNonBlank && CountedBetween(low + 1, high) < window;
    }

    /// <summary>Line <paramref name="index"/>, kept and non-blank until now, is removed: it no longer counts.</summary>
    public readonly void MarkRemoved(int index)
    {
        Span<int> tree = _counted.AsSpan(0, _count + 1);
        for (int i = index + 1; i <= _count; i += i & -i)
        {
            tree[i]--;
        }
    }

    /// <summary>
    /// How many lines from <paramref name="start"/> to before <paramref name="end"/> count towards a window: the two
    /// prefix sums' difference, walking down from both ends only until the walks meet (the nodes below are in both
    /// sums), a few steps for the nearby lines a look-up asks about rather than two walks to the root.
    /// </summary>
    private readonly int CountedBetween(int start, int end)
    {
        ReadOnlySpan<int> tree = _counted.AsSpan(0, _count + 1);
        int sum = 0;
        int i = end;
        int j = start;
        while (i != j)
        {
            if (i > j)
            {
                sum += tree[i];
                i -= i & -i;
            }
            else
            {
                sum -= tree[j];
                j -= j & -j;
            }
        }

        return sum;
    }

    /// <summary>
    /// Whether two lines may be the same text, judged from their features: every count and mark equal. Cheap, so it runs
    /// first; the characters are compared only when it holds.
    /// </summary>
    public static bool SameFeatures(in LineFeatures a, in LineFeatures b) =>
        a.Length == b.Length && a.Words == b.Words && a.Letters == b.Letters && a.UpperLetters == b.UpperLetters &&
        a.Digits == b.Digits && a.Stopwords == b.Stopwords && a.CapitalizedWords == b.CapitalizedWords &&
        a.UpperCaseWords == b.UpperCaseWords && a.NumericWords == b.NumericWords && a.First == b.First && a.Last == b.Last &&
        a.FirstColon == b.FirstColon && a.Marks == b.Marks && a.EndsSentence == b.EndsSentence;

    /// <summary>A hash of some of the features <see cref="SameFeatures"/> compares: equal for lines it calls the same.</summary>
    private static uint Key(in LineFeatures f)
    {
        uint hash = (uint)f.Length;
        uint words = (uint)f.Words;
        hash = hash * 0x9E3779B1 + words;
        hash = hash * 0x9E3779B1 + (uint)f.Letters;
        hash = hash * 0x9E3779B1 + (uint)f.UpperLetters;
        hash = hash * 0x9E3779B1 + (uint)f.First;
        hash = hash * 0x9E3779B1 + (uint)f.Last;
        return hash ^ (hash >> 15);
    }

    public void Dispose()
    {
        if (_previous is not null)
        {
            ArrayPool<int>.Shared.Return(_previous);
            ArrayPool<int>.Shared.Return(_next!);
            ArrayPool<int>.Shared.Return(_nonBlankBefore!);
            ArrayPool<int>.Shared.Return(_counted!);
            _counted = null;
            _previous = null;
            _next = null;
            _nonBlankBefore = null;
        }
    }
}
