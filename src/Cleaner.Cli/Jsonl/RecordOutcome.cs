using System.Collections.Generic;
using Cleaner.Cli.Limits;

namespace Cleaner.Cli.Jsonl;

/// <summary>What became of one JSONL line: its output, or why it could not be cleaned.</summary>
/// <param name="Line">The input line.</param>
/// <param name="Output">The bytes to write (without the line terminator), or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Removed">The removed segments of a cleaned record; empty for a blank line.</param>
/// <param name="Error">Why the record could not be cleaned, or <see langword="null"/>.</param>
/// <param name="IsRecord">Whether the line held a record (blank lines are written through and not counted).</param>
internal sealed record RecordOutcome(JsonlLine Line, byte[]? Output, IReadOnlyList<SegmentVerdict> Removed, string? Error, bool IsRecord)
{
    /// <summary>The limit or timeout that stopped the record (its field), or <see langword="null"/>; <see cref="Output"/> is then null.</summary>
    public LimitProblem? Limit { get; init; }
}
