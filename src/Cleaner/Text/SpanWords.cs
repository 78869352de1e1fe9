using System;

namespace Cleaner.Text;

/// <summary>Small look-ups of one word among a few, for shape rules off the hot path.</summary>
internal static class SpanWords
{
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
