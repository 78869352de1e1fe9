using System;
using System.Collections.Generic;

namespace Cleaner;

/// <summary>The result of cleaning one document.</summary>
public sealed class CleanResult
{
    internal CleanResult(string text, IReadOnlyList<SegmentVerdict> removed, IReadOnlyList<SegmentVerdict> kept,
        Language language, bool isResidueOnly, int lineCount,
        CleanStatus status = CleanStatus.Cleaned, CleanerLimit exceededLimit = CleanerLimit.None)
    {
        Status = status;
        ExceededLimit = exceededLimit;
        Text = text;
        Removed = removed;
        Kept = kept;
        Language = language;
        IsResidueOnly = isResidueOnly;
        LineCount = lineCount;
    }

    /// <summary>
    /// Creates a result for a document whose segments were decided outside the line pipeline: an adapter (such as
    /// Cleaner.Html, which decides blocks of a page with markup evidence) that presents its units as the lines of a
    /// text so that tools built on <see cref="CleanResult"/> (explain views, JSON reports) work unchanged.
    /// </summary>
    /// <param name="text">The cleaned text.</param>
    /// <param name="removed">The removed segments, in order; their offsets index the adapter's source text.</param>
    /// <param name="kept">The kept segments, in order (may be empty).</param>
    /// <param name="language">The document's language.</param>
    /// <param name="isResidueOnly">Whether the whole document was judged residue.</param>
    /// <param name="lineCount">The number of lines of the adapter's source text.</param>
    public static CleanResult FromSegments(string text, IReadOnlyList<SegmentVerdict> removed, IReadOnlyList<SegmentVerdict> kept,
        Language language, bool isResidueOnly, int lineCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentOutOfRangeException.ThrowIfNegative(lineCount);
        return new CleanResult(text, removed, kept, language, isResidueOnly, lineCount);
    }

    /// <summary>
    /// Whether the document was cleaned or, being over a limit of a pipeline built with
    /// <see cref="LimitBehavior.PassThrough"/>, returned unchanged.
    /// </summary>
    public CleanStatus Status { get; }

    /// <summary>
    /// Whether the document was over a limit and returned unchanged: then <see cref="Text"/> is the input exactly as
    /// given, <see cref="Removed"/> and <see cref="Kept"/> are empty, <see cref="LineCount"/> is 0 (the document was not
    /// scanned) and <see cref="ExceededLimit"/> names the limit.
    /// </summary>
    public bool IsPassedThrough => Status == CleanStatus.PassedThrough;

    /// <summary>The limit a passed-through document exceeded; <see cref="CleanerLimit.None"/> for a cleaned one.</summary>
    public CleanerLimit ExceededLimit { get; }

    /// <summary>
    /// The cleaned text: the input's kept lines in order, each exactly as it was but for trailing white space, joined
    /// by <c>\n</c>, with runs of blank lines collapsed to one and a final <c>\n</c>. Empty when nothing is kept.
    /// </summary>
    public string Text { get; }

    /// <summary>Every removed line, in input order, with its offsets, kind, score and rule.</summary>
    public IReadOnlyList<SegmentVerdict> Removed { get; }

    /// <summary>Every kept non-blank line, when the pipeline was built with <see cref="CleanerPipelineBuilder.IncludeKept"/>; otherwise empty.</summary>
    public IReadOnlyList<SegmentVerdict> Kept { get; }

    /// <summary>The document's language, detected or given.</summary>
    public Language Language { get; }

    /// <summary>Whether the whole document was judged residue (an error, archive or notice page): then <see cref="Text"/> is empty.</summary>
    public bool IsResidueOnly { get; }

    /// <summary>The number of lines in the input.</summary>
    public int LineCount { get; }

    /// <summary>The number of removed lines of <paramref name="kind"/>.</summary>
    public int CountRemoved(ResidueKind kind)
    {
        int count = 0;
        foreach (SegmentVerdict verdict in Removed)
        {
            if (verdict.Kind == kind)
            {
                count++;
            }
        }

        return count;
    }
}
