using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Cleaner.Cli.Output;

/// <summary>
/// Renders a document with every line marked: <c>+</c> kept, <c>-</c> removed, with the residue kind, score and rule
/// of each labelled line. Plain text for files and pipes; colours (removed lines red, labelled kept lines yellow) on a
/// terminal.
/// </summary>
internal static class ExplainRenderer
{
    /// <summary>One input line and, unless it is blank, its verdict.</summary>
    private readonly record struct ExplainLine(int Number, string Text, SegmentVerdict? Verdict);

    /// <summary>The annotated document as plain text.</summary>
    public static string RenderPlain(string source, CleanResult result)
    {
        var builder = new StringBuilder(source.Length * 2);
        foreach (ExplainLine line in Lines(source, result))
        {
            builder.Append(Gutter(line)).Append(line.Text).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The annotated document in colour.</summary>
    public static void RenderColour(IAnsiConsole console, string source, CleanResult result)
    {
        foreach (ExplainLine line in Lines(source, result))
        {
            string gutter = Markup.Escape(Gutter(line));
            string text = Markup.Escape(line.Text);
            console.MarkupLine(line.Verdict switch
            {
                { IsRemoved: true } => $"[red]{gutter}[/][strikethrough dim]{text}[/]",
                { Verdict.IsResidue: true } => $"[yellow]{gutter}[/]{text}",
                _ => $"[dim]{gutter}[/]{text}",
            });
        }
    }

    private static string Gutter(in ExplainLine line)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        if (line.Verdict is not { } verdict)
        {
            return string.Create(invariant, $"{line.Number,5}   {"",-14} {"",4} {"",-30} | ");
        }

        char mark = verdict.IsRemoved ? '-' : '+';
        if (!verdict.Verdict.IsResidue)
        {
            return string.Create(invariant, $"{line.Number,5} {mark} {"body",-14} {"",4} {"",-30} | ");
        }

        return string.Create(invariant,
            $"{line.Number,5} {mark} {verdict.Kind.ToName(),-14} {verdict.Verdict.Score,4:0.00} {verdict.RuleId ?? "",-30} | ");
    }

    private static IEnumerable<ExplainLine> Lines(string source, CleanResult result)
    {
        var verdicts = new Dictionary<int, SegmentVerdict>(result.Removed.Count + result.Kept.Count);
        foreach (SegmentVerdict verdict in result.Kept)
        {
            verdicts[verdict.Segment.LineNumber] = verdict;
        }

        foreach (SegmentVerdict verdict in result.Removed)
        {
            verdicts[verdict.Segment.LineNumber] = verdict;
        }

        int number = 1;
        int start = 0;
        while (start <= source.Length)
        {
            int end = source.AsSpan(start).IndexOfAny('\r', '\n');
            string text = end < 0 ? source[start..] : source.Substring(start, end);
            if (end < 0 && text.Length == 0)
            {
                yield break;
            }

            yield return new ExplainLine(number, text.TrimEnd(), verdicts.TryGetValue(number, out SegmentVerdict v) ? v : null);
            if (end < 0)
            {
                yield break;
            }

            start += end + (source[start + end] == '\r' && start + end + 1 < source.Length && source[start + end + 1] == '\n' ? 2 : 1);
            number++;
        }
    }
}
