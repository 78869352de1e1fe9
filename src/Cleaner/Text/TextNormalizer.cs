using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Cleaner.Text;

/// <summary>
/// Folds text into the form phrase tables are keyed by: lower case, letters and digits kept, apostrophes unified,
/// every other run of characters (spaces, punctuation, symbols) turned into one space, no space at either end.
/// "READ MORE »" and "Read more:" both become "read more".
/// </summary>
internal static class TextNormalizer
{
    /// <summary>
    /// Normalises <paramref name="source"/> into <paramref name="destination"/> and returns the number of characters
    /// written; stops early (without error) when the destination is full, and reports that through
    /// <paramref name="truncated"/>.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination, out bool truncated)
    {
        ReadOnlySpan<byte> fold = AsciiFold;
        int written = 0;
        bool pendingSpace = false;
        truncated = false;
        int i = 0;
        while (i < source.Length)
        {
            // Prose is mostly ASCII letters and digits with single spaces between words, which normalise to themselves
            // (letters folded to lower case): eight such characters are copied at once. The first may be a space only
            // because a word was just written (no separator pending), and the last may not be one, since a space is
            // written only before the character that follows it.
            if (!pendingSpace && written > 0 && Vector128.IsHardwareAccelerated &&
                source.Length - i >= Vector128<ushort>.Count && destination.Length - written >= Vector128<ushort>.Count &&
                TryCopyPlainBlock(source[i..], destination[written..]))
            {
                i += Vector128<ushort>.Count;
                written += Vector128<ushort>.Count;
                continue;
            }

            char c = source[i++];
            char folded;
            if (c < 128)
            {
                // ASCII: a table gives the folded letter or digit, or says apostrophe (1) or separator (0).
                uint f = fold[c];
                if (f > 1)
                {
                    folded = (char)f;
                }
                else if (f == 0)
                {
                    pendingSpace = written > 0;
                    continue;
                }
                else
                {
                    if (written == 0 || pendingSpace)
                    {
                        continue;
                    }

                    folded = '\'';
                }
            }
            else if (IsWordChar(c))
            {
                folded = char.ToLowerInvariant(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018')
            {
                // An apostrophe inside a word ("don't", "what's") stays; elsewhere it is punctuation.
                if (written == 0 || pendingSpace)
                {
                    continue;
                }

                folded = '\'';
            }
            else
            {
                pendingSpace = written > 0;
                continue;
            }

            int needed = pendingSpace ? 2 : 1;
            if (written + needed > destination.Length)
            {
                truncated = true;
                break;
            }

            if (pendingSpace)
            {
                destination[written++] = ' ';
                pendingSpace = false;
            }

            destination[written++] = folded;

            // The rest of a run of ASCII letters and digits is copied folded without the checks above; anything
            // else, or a full destination, goes back to the general loop.
            while ((uint)i < (uint)source.Length && (uint)written < (uint)destination.Length)
            {
                char d = source[i];
                if (d >= 128)
                {
                    break;
                }

                uint g = fold[d];
                if (g <= 1)
                {
                    break;
                }

                destination[written++] = (char)g;
                i++;
            }
        }

        // A trailing apostrophe ("readers'") is dropped so that keys never end with one.
        while (written > 0 && destination[written - 1] == '\'')
        {
            written--;
        }

        return written;
    }

    /// <summary>
    /// Copies the first eight characters of <paramref name="source"/> to <paramref name="destination"/>, folded to lower
    /// case, when each is an ASCII letter, digit or space, no two spaces are adjacent and the last is not a space; returns
    /// whether it did. Both spans must hold at least eight characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCopyPlainBlock(ReadOnlySpan<char> source, Span<char> destination)
    {
        Vector128<ushort> block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source)));

        // Setting bit 5 folds 'A'-'Z' onto 'a'-'z' and leaves digits and the space as they are.
        Vector128<ushort> folded = block | Vector128.Create((ushort)0x20);
        Vector128<ushort> letter = Vector128.LessThanOrEqual(folded - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        Vector128<ushort> digit = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        Vector128<ushort> space = Vector128.Equals(block, Vector128.Create((ushort)' '));
        if ((letter | digit | space) != Vector128<ushort>.AllBitsSet)
        {
            return false;
        }

        // One bit per character; a space next to a space, or in the last place, leaves the block to the general loop.
        uint spaces = space.ExtractMostSignificantBits();
        if ((spaces & ((spaces >> 1) | 0x80)) != 0)
        {
            return false;
        }

        folded.StoreUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination)));
        return true;
    }

    /// <summary>Normalises a phrase into a new string; used when tables are built, never on the hot path.</summary>
    public static string Normalize(string phrase)
    {
        char[] buffer = new char[phrase.Length];
        int length = Normalize(phrase, buffer, out _);
        return new string(buffer, 0, length);
    }

    /// <summary><see cref="char.ToLowerInvariant"/> with a fast path for ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char ToLower(char c) =>
        c < 128 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    /// <summary>For each ASCII character: its lower-case form if it is a letter or digit, 1 for an apostrophe, 0 otherwise.</summary>
    private static ReadOnlySpan<byte> AsciiFold =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0, 0, 97, 98, 99,
        100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
        122, 0, 0, 0, 0, 0, 0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114,
        115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0
    ];

    /// <summary>An ASCII letter or digit; <paramref name="c"/> must be below 128.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiWordChar(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>A letter, a digit or a combining mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return IsAsciiWordChar(c);
        }

        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
    }
}
