using System;

namespace Cleaner.Limits;

/// <summary>Checks a document against a pipeline's limits before any per-line memory is rented for it.</summary>
internal static class DocumentLimits
{
    /// <summary>
    /// The first limit <paramref name="text"/> exceeds, or <see cref="CleanerLimit.None"/>; <paramref name="actual"/>
    /// and <paramref name="maximum"/> describe it. Costs two vectorised counts, and only for documents with more
    /// characters than the line limit.
    /// </summary>
    public static CleanerLimit Check(ReadOnlySpan<char> text, in CleanerSettings settings, out long actual, out long maximum)
    {
        if (text.Length > settings.MaxDocumentLength)
        {
            actual = text.Length;
            maximum = settings.MaxDocumentLength;
            return CleanerLimit.DocumentLength;
        }

        // A document has at most one line more than it has characters, so short documents need no count.
        if (text.Length >= settings.MaxLineCount)
        {
            long lines = CountLines(text);
            if (lines > settings.MaxLineCount)
            {
                actual = lines;
                maximum = settings.MaxLineCount;
                return CleanerLimit.LineCount;
            }
        }

        actual = 0;
        maximum = 0;
        return CleanerLimit.None;
    }

    /// <summary>
    /// The number of lines as the pipeline counts them: every <c>\n</c>, <c>\r\n</c> or lone <c>\r</c> ends a line,
    /// a final terminator does not start an empty one, and the empty document has one (empty) line.
    /// </summary>
    public static long CountLines(ReadOnlySpan<char> text)
    {
        long terminators = (long)text.Count('\n') + text.Count('\r') - text.Count("\r\n".AsSpan());
        bool endsWithTerminator = text.Length > 0 && text[^1] is '\n' or '\r';
        return terminators + (endsWithTerminator ? 0 : 1);
    }
}
