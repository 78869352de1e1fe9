using System;
using System.Buffers;
using System.Collections.Generic;

namespace Cleaner;

/// <summary>
/// The one-line entry point: <c>TextCleaner.Clean(text).Text</c> is the article without its residue. Every method
/// has an overload taking a <see cref="CleanerPipeline"/> built once with <see cref="CleanerPipelineBuilder"/>;
/// without one, <see cref="CleanerPipeline.Default"/> is used. Thread-safe.
/// </summary>
/// <remarks>
/// Every method throws <see cref="DocumentTooLargeException"/> for a document over a limit of the pipeline (by default
/// 64 Mi characters or 4 Mi lines), unless the pipeline was built with <see cref="LimitBehavior.PassThrough"/>, which
/// returns the document unchanged and flagged instead.
/// </remarks>
public static class TextCleaner
{
    /// <summary>Cleans <paramref name="text"/> with the default pipeline.</summary>
    public static CleanResult Clean(string text) => CleanerPipeline.Default.Clean(text);

    /// <summary>Cleans <paramref name="text"/> with <paramref name="pipeline"/>.</summary>
    public static CleanResult Clean(string text, CleanerPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline.Clean(text);
    }

    /// <summary>Cleans <paramref name="text"/> into <paramref name="output"/> without allocating (see <see cref="CleanerPipeline.Clean(ReadOnlySpan{char}, IBufferWriter{char})"/>).</summary>
    public static CleanSummary Clean(ReadOnlySpan<char> text, IBufferWriter<char> output, CleanerPipeline? pipeline = null) =>
        (pipeline ?? CleanerPipeline.Default).Clean(text, output);

    /// <summary>Cleans <paramref name="text"/> into a caller's buffer (see <see cref="CleanerPipeline.TryClean"/>).</summary>
    public static bool TryClean(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten, CleanerPipeline? pipeline = null) =>
        (pipeline ?? CleanerPipeline.Default).TryClean(text, destination, out charsWritten, out _);

    /// <summary>Classifies the lines of <paramref name="text"/> without building text (see <see cref="CleanerPipeline.Classify"/>).</summary>
    public static CleanSummary Classify(ReadOnlySpan<char> text, ICollection<SegmentVerdict> verdicts, CleanerPipeline? pipeline = null) =>
        (pipeline ?? CleanerPipeline.Default).Classify(text, verdicts);
}
