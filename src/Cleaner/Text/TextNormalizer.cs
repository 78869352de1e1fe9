using System;
using System.Runtime.CompilerServices;

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
        int written = 0;
        bool pendingSpace = false;
        truncated = false;
        foreach (char c in source)
        {
            char folded;
            if (c < 128)
            {
                // ASCII: letters fold to lower case by setting bit 5, which leaves digits as they are.
                if (IsAsciiWordChar(c))
                {
                    folded = (char)(c | 0x20);
                }
                else if (c == '\'')
                {
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
        }

        // A trailing apostrophe ("readers'") is dropped so that keys never end with one.
        while (written > 0 && destination[written - 1] == '\'')
        {
            written--;
        }

        return written;
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
