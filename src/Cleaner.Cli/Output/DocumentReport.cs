using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cleaner.Cli.Output;

/// <summary>The JSON form of one cleaned document (<c>--format json</c>).</summary>
/// <param name="Source">The input's path, or <c>-</c> for standard input.</param>
/// <param name="Language">The detected or given language.</param>
/// <param name="IsResidueOnly">Whether the whole document was judged residue.</param>
/// <param name="LineCount">Lines in the input.</param>
/// <param name="Text">The cleaned text.</param>
/// <param name="Segments">Every non-blank line with its verdict, in input order.</param>
internal sealed record DocumentReport(
    string Source, string Language, bool IsResidueOnly, int LineCount, string Text, IReadOnlyList<SegmentReport> Segments)
{
    /// <summary>Builds the report of <paramref name="result"/>, a result of cleaning <paramref name="source"/>.</summary>
    public static DocumentReport From(string name, string source, CleanResult result)
    {
        var segments = new List<SegmentReport>(result.Removed.Count + result.Kept.Count);
        foreach (SegmentVerdict verdict in result.Removed)
        {
            segments.Add(SegmentReport.From(source, verdict));
        }

        foreach (SegmentVerdict verdict in result.Kept)
        {
            segments.Add(SegmentReport.From(source, verdict));
        }

        segments.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new DocumentReport(name, result.Language.ToString(),
            result.IsResidueOnly, result.LineCount, result.Text, segments);
    }

    /// <summary>The report as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ReportJsonContext.Relaxed.DocumentReport);
}

/// <summary>One line of a <see cref="DocumentReport"/>.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Start">Offset of the line's first character in the (decoded) input, in UTF-16 code units.</param>
/// <param name="Length">Length of the line without trailing white space, in UTF-16 code units.</param>
/// <param name="Removed">Whether the line was removed.</param>
/// <param name="Kind">The residue kind (<c>body</c> for article lines).</param>
/// <param name="Score">The classifier's confidence, 0 to 1.</param>
/// <param name="Rule">The id of the rule that labelled the line, if any.</param>
/// <param name="Reason">The rule's description, if any.</param>
/// <param name="Text">The line.</param>
internal sealed record SegmentReport(
    int Line, int Start, int Length, bool Removed, string Kind, double Score, string? Rule, string? Reason, string Text)
{
    /// <summary>Builds the report of one verdict.</summary>
    public static SegmentReport From(string source, SegmentVerdict verdict)
    {
        Segment segment = verdict.Segment;
        return new SegmentReport(segment.LineNumber, segment.Start, segment.Length, verdict.IsRemoved, verdict.Kind.ToName(),
            Math.Round(verdict.Verdict.Score, 3), verdict.RuleId, verdict.Verdict.Rule?.Description,
            source.Substring(segment.Start, segment.Length));
    }
}

/// <summary>Source-generated serialization of <see cref="DocumentReport"/>: camelCase, indented, non-ASCII kept as is.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DocumentReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>The context with an encoder that leaves non-ASCII letters readable.</summary>
    public static ReportJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
