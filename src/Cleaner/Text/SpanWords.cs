using System;

namespace Cleaner.Text;

/// <summary>Small look-ups of one word among a few, for shape rules off the hot path.</summary>
internal static class SpanWords
{
    /// <summary>Whether the space-separated words are at least one and each starts with a capital ("Jane Doe").</summary>
    public static bool AreAllCapitalised(ReadOnlySpan<char> words)
    {
        if (words.IsEmpty)
        {
            return false;
        }

        foreach (ReadOnlySpan<char> word in new SpanParts(words, " "))
        {
            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/>, ignoring case.</summary>
    public static bool IsOneOf(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (string candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
