using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Cleaner.Segmentation;

/// <summary>
/// Splits text into <see cref="Segment"/>s in one forward scan with a vectorised search for <c>\r</c> and
/// <c>\n</c>. Understands <c>\n</c>, <c>\r\n</c> and lone <c>\r</c>. Allocates nothing.
/// </summary>
internal static class LineScanner
{
    /// <summary>
    /// An upper bound on the number of lines in <paramref name="text"/>, for sizing buffers: exact, except that a final
    /// line terminator is counted as starting one more line.
    /// </summary>
    public static int MaxLineCount(ReadOnlySpan<char> text)
    {
        // Vectorised counts; a "\r\n" pair is one terminator, not two.
        int returns = text.Count('\r');
        int pairs = returns == 0 ? 0 : text.Count("\r\n".AsSpan());
        return text.Count('\n') + returns - pairs + 1;
    }

    /// <summary>
    /// Fills <paramref name="segments"/> with the lines of <paramref name="text"/> and returns how many there are.
    /// <paramref name="segments"/> must hold at least <see cref="MaxLineCount"/> items.
    /// </summary>
    public static int Scan(ReadOnlySpan<char> text, Span<Segment> segments)
    {
        int count = 0;
        int position = 0;
        int block = 0;
        bool previousBlank = true;
        while (true)
        {
            ReadOnlySpan<char> rest = text[position..];
            int newline = IndexOfLineBreak(rest);
            int lineLength = newline < 0 ? rest.Length : newline;
            int trimmed = TrimmedLength(rest[..lineLength]);
            bool blank = trimmed == 0 || IsWhiteSpaceOnly(rest[..trimmed]);
            if (blank)
            {
                trimmed = 0;
                if (!previousBlank)
                {
                    block++;
                }
            }

            segments[count] = new Segment(position, trimmed, count + 1, block);
            count++;
            previousBlank = blank;

            if (newline < 0)
            {
                break;
            }

            position += newline + 1;
            if (rest[newline] == '\r' && newline + 1 < rest.Length && rest[newline + 1] == '\n')
            {
                position++;
            }

            if (position == text.Length)
            {
                // A final terminator ends the last line; it does not start an empty one.
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// <c>IndexOfAny('\r', '\n')</c>, with the first sixteen characters compared in one vector before the library search is
    /// called: most lines of a page (blank ones, menu items, stamps) end within them, and for those the call costs more
    /// than the search.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfLineBreak(ReadOnlySpan<char> rest)
    {
        if (Vector256.IsHardwareAccelerated && rest.Length >= Vector256<ushort>.Count)
        {
            Vector256<ushort> chars = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(rest)));
            Vector256<ushort> breaks = Vector256.Equals(chars, Vector256.Create((ushort)'\n')) |
                                       Vector256.Equals(chars, Vector256.Create((ushort)'\r'));
            uint found = breaks.ExtractMostSignificantBits();
            if (found != 0)
            {
                return BitOperations.TrailingZeroCount(found);
            }

            int further = rest[Vector256<ushort>.Count..].IndexOfAny('\r', '\n');
            return further < 0 ? -1 : further + Vector256<ushort>.Count;
        }

        return rest.IndexOfAny('\r', '\n');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TrimmedLength(ReadOnlySpan<char> line)
    {
        int end = line.Length;
        while (end > 0 && IsSpace(line[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsWhiteSpaceOnly(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>White space, plus the zero-width and byte-order marks scrapers leave behind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c <= ' ' ? c is ' ' or '\t' or '\f' or '\v' or '\0' || c < ' ' : c is '\u00A0' or '\u200B' or '\uFEFF' or '\u2028' or '\u2029' || (c >= '\u2000' && c <= '\u200A') || c is '\u3000' or '\u202F' or '\u205F';
}
