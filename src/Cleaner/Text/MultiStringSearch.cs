using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace Cleaner.Text;

/// <summary>
/// Finds any of a fixed set of strings in a span, ignoring case. On .NET 9 and later this is
/// <see cref="SearchValues{T}"/> of strings (a vectorised multi-string search); on .NET 8 it falls back to one
/// <see cref="MemoryExtensions.IndexOf(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> per string.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The strings are kept in two groups. ASCII strings are searched with the runtime's vectorised ASCII search. A string
/// with a character outside ASCII ("crédit photo") would send the whole set down the runtime's Unicode case-folding
/// path, several times slower on every line; so those strings form a second set, searched only in a text that holds
/// one of their non-ASCII characters (in either case): a text without any cannot contain them.
/// </remarks>
internal sealed class MultiStringSearch
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;
#else
    private readonly string[] _ascii;
    private readonly string[] _other;
#endif

    /// <summary>
    /// The non-ASCII characters of <see cref="_other"/>'s strings in both cases: a text with none of them cannot contain
    /// one of those strings. <see langword="null"/> when some such character folds into ASCII (the Kelvin sign, the
    /// dotless i), as an ASCII text could then match: that set is then always searched.
    /// </summary>
    private readonly SearchValues<char>? _otherGate;

    private readonly bool _hasOther;

    public MultiStringSearch(string[] values)
    {
        var ascii = new List<string>();
        var other = new List<string>();
        var folded = new HashSet<char>();
        bool gateExact = true;
        foreach (string value in values)
        {
            if (Ascii.IsValid(value))
            {
                ascii.Add(value);
                continue;
            }

            other.Add(value);
            foreach (char c in value)
            {
                if (c >= 128)
                {
                    char upper = char.ToUpperInvariant(c);
                    gateExact &= upper >= 128;
                    folded.Add(upper);
                }
            }
        }

#if NET9_0_OR_GREATER
        _ascii = ascii.Count > 0 ? SearchValues.Create(ascii.ToArray(), StringComparison.OrdinalIgnoreCase) : null;
        _other = other.Count > 0 ? SearchValues.Create(other.ToArray(), StringComparison.OrdinalIgnoreCase) : null;
#else
        _ascii = ascii.ToArray();
        _other = other.ToArray();
#endif
        _hasOther = other.Count > 0;
        if (gateExact && _hasOther)
        {
            // Every character that an ordinal case-insensitive comparison equates with one of those characters.
            var gate = new List<char>();
            for (int c = 128; c <= char.MaxValue; c++)
            {
                if (folded.Contains(char.ToUpperInvariant((char)c)))
                {
                    gate.Add((char)c);
                }
            }

            _otherGate = SearchValues.Create(gate.ToArray());
        }
    }

    /// <summary>The offset of the first occurrence of any of the strings, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        int best = Search(text, _ascii);
        if (_hasOther && (_otherGate is null || text.IndexOfAny(_otherGate) >= 0))
        {
            int other = Search(text, _other);
            if (other >= 0 && (best < 0 || other < best))
            {
                best = other;
            }
        }

        return best;
    }

    /// <summary>Whether any of the strings occurs in <paramref name="text"/>.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;

#if NET9_0_OR_GREATER
    private static int Search(ReadOnlySpan<char> text, SearchValues<string>? values) => values is null ? -1 : text.IndexOfAny(values);
#else
    private static int Search(ReadOnlySpan<char> text, string[] values)
    {
        int best = -1;
        foreach (string value in values)
        {
            int at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }
#endif
}
