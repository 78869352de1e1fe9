using System;

namespace Cleaner.Benchmarks;

/// <summary>
/// The floor every table is compared with: find every line end with a vectorised <c>IndexOfAny('\r', '\n')</c> and
/// do nothing else. No cleaner can read its input faster.
/// </summary>
internal static class NewlineFloor
{
    public static int CountLineEnds(ReadOnlySpan<char> text)
    {
        int lines = 0;
        int newline;
        while ((newline = text.IndexOfAny('\r', '\n')) >= 0)
        {
            lines++;
            text = text[(newline + 1)..];
        }

        return lines;
    }
}
