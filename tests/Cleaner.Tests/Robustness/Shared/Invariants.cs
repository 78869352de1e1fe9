using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace Cleaner.Robustness;

/// <summary>
/// The properties every text entry point must keep on any input, written independently of the library's own
/// segmentation. Shared by the xunit robustness tests and the tools/Cleaner.Fuzz harness (linked source).
/// Each check returns <see langword="null"/> when the property holds, or a description of the violation.
/// </summary>
public static class Invariants
{
    /// <summary>
    /// Cleans <paramref name="input"/> through every entry point and checks them against each other and the input.
    /// A <see cref="DocumentTooLargeException"/> is allowed (and reported as <see langword="null"/>) only when
    /// <paramref name="allowTooLarge"/>; any other exception propagates.
    /// </summary>
    public static string? CheckAll(CleanerPipeline pipeline, string input, bool checkIdempotence = true, bool allowTooLarge = false)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(input);
        CleanResult result;
        try
        {
            result = pipeline.Clean(input);
        }
        catch (DocumentTooLargeException) when (allowTooLarge)
        {
            return null;
        }

        return CheckSubsequence(input, result.Text)
            ?? CheckResultShape(input, result)
            ?? CheckEntryPointsAgree(pipeline, input, result)
            ?? CheckDeterministic(pipeline, input, result)
            ?? (checkIdempotence ? CheckIdempotent(pipeline, result.Text) : null);
    }

    /// <summary>
    /// Output lines are input lines, in order: every non-blank output line equals a non-blank input line with only
    /// trailing white space removed; blank output lines are empty, single, and never first; the output is empty or
    /// ends with <c>\n</c>; it is at most one character longer than the input.
    /// </summary>
    public static string? CheckSubsequence(string input, string output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (output.Length == 0)
        {
            return null;
        }

        if (output[^1] != '\n')
        {
            return "output does not end with \\n";
        }

        if (output.Length > input.Length + 1)
        {
            return $"output ({output.Length} chars) is longer than input ({input.Length} chars) + 1";
        }

        List<(int Start, int Length)> inputLines = SplitLines(input);
        int next = 0;
        int outputLine = 0;
        bool previousBlank = true;
        foreach ((int start, int length) in SplitOutput(output))
        {
            ReadOnlySpan<char> line = output.AsSpan(start, length);
            if (line.Length == 0)
            {
                if (previousBlank)
                {
                    return $"output line {outputLine + 1} is a blank line at the start or after another blank line";
                }

                previousBlank = true;
                outputLine++;
                continue;
            }

            previousBlank = false;
            if (line.IndexOfAny('\r', '\n') >= 0)
            {
                return $"output line {outputLine + 1} contains a line terminator";
            }

            bool found = false;
            while (next < inputLines.Count)
            {
                (int inStart, int inLength) = inputLines[next++];
                ReadOnlySpan<char> candidate = input.AsSpan(inStart, inLength);
                if (candidate.StartsWith(line) && IsAllTrimmable(candidate[line.Length..]))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return $"output line {outputLine + 1} \"{Escape(line.ToString(), 80)}\" is not an input line (in order, trailing white space trimmed)";
            }

            outputLine++;
        }

        return previousBlank ? "output ends with a blank line" : null;
    }

    /// <summary>The result's metadata agrees with its text.</summary>
    public static string? CheckResultShape(string input, CleanResult result)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsPassedThrough)
        {
            return result.Text == input ? null : "passed-through text differs from the input";
        }

        if (result.LineCount != SplitLines(input).Count)
        {
            return $"LineCount {result.LineCount} differs from the {SplitLines(input).Count} lines counted independently";
        }

        int previousEnd = -1;
        foreach (SegmentVerdict verdict in result.Removed)
        {
            Segment s = verdict.Segment;
            if (!verdict.IsRemoved || s.Start < previousEnd || s.Length <= 0 || s.End > input.Length)
            {
                return $"removed segment {s} is out of order, empty or out of range";
            }

            previousEnd = s.End;
        }

        if (result.IsResidueOnly && result.Text.Length != 0)
        {
            return "IsResidueOnly but the text is not empty";
        }

        return null;
    }

    /// <summary>The span, buffer-writer, destination-buffer and classify entry points agree with <see cref="CleanerPipeline.Clean(string)"/>.</summary>
    public static string? CheckEntryPointsAgree(CleanerPipeline pipeline, string input, CleanResult result)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        var writer = new ArrayBufferWriter<char>(Math.Max(16, input.Length + 1));
        CleanSummary summary = pipeline.Clean(input.AsSpan(), writer);
        if (!writer.WrittenSpan.SequenceEqual(result.Text))
        {
            return "Clean(span, IBufferWriter) wrote different text from Clean(string)";
        }

        if (summary.OutputLength != result.Text.Length || summary.IsPassedThrough != result.IsPassedThrough ||
            (!result.IsPassedThrough && (summary.RemovedLineCount != result.Removed.Count || summary.LineCount != result.LineCount)))
        {
            return $"summary {summary} disagrees with the result (removed {result.Removed.Count}, lines {result.LineCount})";
        }

        char[] destination = ArrayPool<char>.Shared.Rent(input.Length + 1);
        try
        {
            if (!pipeline.TryClean(input, destination.AsSpan(0, input.Length + 1), out int written, out CleanSummary trySummary))
            {
                return "TryClean returned false for a destination of text.Length + 1";
            }

            if (!destination.AsSpan(0, written).SequenceEqual(result.Text) || trySummary != summary)
            {
                return "TryClean wrote different text or summary from Clean";
            }

            if (result.Text.Length > 0 && pipeline.TryClean(input, destination.AsSpan(0, result.Text.Length - 1), out int none, out _))
            {
                return $"TryClean returned true ({none} chars) for a destination one character too small";
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(destination);
        }

        var verdicts = new List<SegmentVerdict>();
        CleanSummary classified = pipeline.Classify(input, verdicts);
        if (classified != summary)
        {
            return $"Classify summary {classified} differs from Clean summary {summary}";
        }

        int removed = 0;
        foreach (SegmentVerdict verdict in verdicts)
        {
            removed += verdict.IsRemoved ? 1 : 0;
        }

        return removed == result.Removed.Count ? null : $"Classify removed {removed} lines, Clean {result.Removed.Count}";
    }

    /// <summary>A second run gives the same text and the same removed segments.</summary>
    public static string? CheckDeterministic(CleanerPipeline pipeline, string input, CleanResult first)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(first);
        CleanResult second = pipeline.Clean(input);
        if (second.Text != first.Text || second.Removed.Count != first.Removed.Count)
        {
            return "a second run gave a different result";
        }

        for (int i = 0; i < first.Removed.Count; i++)
        {
            if (first.Removed[i] != second.Removed[i])
            {
                return $"a second run removed {second.Removed[i]} where the first removed {first.Removed[i]}";
            }
        }

        return null;
    }

    /// <summary>Cleaning the cleaned text changes nothing.</summary>
    public static string? CheckIdempotent(CleanerPipeline pipeline, string cleaned)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(cleaned);
        CleanResult again = pipeline.Clean(cleaned);
        if (again.Text == cleaned)
        {
            return null;
        }

        var sb = new StringBuilder("not idempotent: cleaning the output again removed");
        foreach (SegmentVerdict verdict in again.Removed)
        {
            sb.Append(" [").Append(verdict.RuleId).Append(": \"")
              .Append(Escape(cleaned.Substring(verdict.Segment.Start, verdict.Segment.Length), 60)).Append("\"]");
        }

        return sb.ToString();
    }

    /// <summary>Runs <paramref name="property"/> on <paramref name="input"/>, turning an exception into a violation.</summary>
    public static string? Violation(Func<string, string?> property, string input)
    {
        ArgumentNullException.ThrowIfNull(property);
        try
        {
            return property(input);
        }
#pragma warning disable CA1031 // A fuzzing check reports any exception as the violation it is.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return "threw " + e.GetType().FullName + ": " + e.Message + "\n" + e.StackTrace;
        }
    }

    /// <summary>Lines as the documentation defines them: ended by <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>; a final terminator starts no line.</summary>
    public static List<(int Start, int Length)> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add((start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length || lines.Count == 0)
        {
            lines.Add((start, text.Length - start));
        }

        return lines;
    }

    /// <summary>Printable form of a string for reports: controls, surrogates and non-ASCII as \uXXXX, cut at <paramref name="max"/> chars.</summary>
    public static string Escape(string text, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        foreach (char c in text.Length > max ? text[..max] : text)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        if (text.Length > max)
        {
            sb.Append("…(").Append(text.Length).Append(" chars)");
        }

        return sb.ToString();
    }

    private static IEnumerable<(int Start, int Length)> SplitOutput(string output)
    {
        int start = 0;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i] == '\n')
            {
                yield return (start, i - start);
                start = i + 1;
            }
        }
    }

    /// <summary>
    /// Characters a line may lose at its end: a generous superset of what the library trims (Unicode white space,
    /// control characters, zero-width space and byte-order mark), so that this check does not restate its definition.
    /// </summary>
    private static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF';

    private static bool IsAllTrimmable(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (!IsTrimmable(c))
            {
                return false;
            }
        }

        return true;
    }
}
