using System.Collections.Generic;
using Cleaner.Cli.Input;
using Cleaner.Cli.Limits;

namespace Cleaner.Cli.Commands;

/// <summary>What to do with a malformed JSONL record.</summary>
internal enum RecordErrorPolicy
{
    /// <summary>Report it and stop that input (the default).</summary>
    Fail,

    /// <summary>Report it, count it and write the line through unchanged.</summary>
    Skip,
}

/// <summary>What each cleaned document is written as.</summary>
internal enum OutputFormat
{
    /// <summary>The cleaned text (or, with <c>--explain</c>, the annotated document).</summary>
    Text,

    /// <summary>The full result as JSON: segments, offsets, line numbers, kinds, scores and rules.</summary>
    Json,
}

/// <summary>The validated command line: everything a run needs besides the pipeline.</summary>
internal sealed record CleanOptions
{
    /// <summary>Files and folders to clean; empty for standard input.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>The folder cleaned documents go to, or <see langword="null"/> for standard output.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Whether every input (standard input and JSONL fields included) is an HTML page.</summary>
    public bool Html { get; init; }

    /// <summary>Whether each input file is replaced by its cleaned version.</summary>
    public bool InPlace { get; init; }

    /// <summary>Globs of files to take from folders.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Globs of files to leave out of folders.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Whether inputs are JSON Lines.</summary>
    public bool Jsonl { get; init; }

    /// <summary>The JSONL field that is cleaned.</summary>
    public string Field { get; init; } = "text";

    /// <summary>The JSONL field that receives the removed segments, if any.</summary>
    public string? ExplainField { get; init; }

    /// <summary>What to do with a malformed JSONL record.</summary>
    public RecordErrorPolicy OnError { get; init; }

    /// <summary>Size limits, the timeout, and what happens to documents over them.</summary>
    public LimitOptions Limits { get; init; } = new();

    /// <summary>Whether documents are written annotated line by line.</summary>
    public bool Explain { get; init; }

    /// <summary>The output format.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>How many documents or records are cleaned at once.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Whether progress, warnings and the summary are suppressed.</summary>
    public bool Quiet { get; init; }

    /// <summary>How bytes become text.</summary>
    public required DecodeOptions Decode { get; init; }

    /// <summary>Whether the run reads standard input.</summary>
    public bool ReadsStandardInput => Paths.Count == 0 || (Paths.Count == 1 && Paths[0] == InputFile.StandardInputName);
}
