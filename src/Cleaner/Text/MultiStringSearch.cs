using System;
using System.Buffers;

namespace Cleaner.Text;

/// <summary>
/// Finds any of a fixed set of strings in a span, ignoring case. On .NET 9 and later this is
/// <see cref="SearchValues{T}"/> of strings (a vectorised multi-string search); on .NET 8 it falls back to one
/// <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> per string.
/// Immutable and thread-safe.
/// </summary>
internal sealed class MultiStringSearch
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _values;
#else
    private readonly string[] _values;
#endif

    public MultiStringSearch(string[] values)
    {
#if NET9_0_OR_GREATER
        _values = SearchValues.Create(values, StringComparison.OrdinalIgnoreCase);
#else
        _values = values;
#endif
    }

    /// <summary>The offset of the first occurrence of any of the strings, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(_values);
#else
        int best = -1;
        foreach (string value in _values)
        {
            int at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
#endif
    }

    /// <summary>Whether any of the strings occurs in <paramref name="text"/>.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;
}
