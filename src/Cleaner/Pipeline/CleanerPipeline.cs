using System;
using System.Buffers;
using System.Collections.Generic;
using Cleaner.Limits;
using Cleaner.Pipeline;

namespace Cleaner;

/// <summary>
/// An immutable, thread-safe cleaning pipeline: classifiers plus settings, built once with a
/// <see cref="CleanerPipelineBuilder"/> and shared by every thread. Each call works on memory rented for the call, so
/// concurrent calls never interfere and results do not depend on what ran before.
/// </summary>
public sealed class CleanerPipeline
{
    private readonly SegmentClassifier[] _classifiers;
    private readonly Classification.ClassifierGates _gates;

    internal CleanerPipeline(CleanerSettings settings, SegmentClassifier[] classifiers)
    {
        Settings = settings;
        _classifiers = classifiers;
        _gates = Classification.ClassifierGates.For(classifiers);
    }

    /// <summary>The default pipeline: <see cref="CleanerPreset.Balanced"/>, every built-in classifier, attribution kept.</summary>
    public static CleanerPipeline Default { get; } = new CleanerPipelineBuilder().Build();

    /// <summary>The frozen settings.</summary>
    public CleanerSettings Settings { get; }

    /// <summary>The classifiers, in the order they are asked.</summary>
    public IReadOnlyList<SegmentClassifier> Classifiers => _classifiers;

    /// <summary>Cleans <paramref name="text"/> and returns the cleaned text with every removed (and optionally kept) segment.</summary>
    /// <remarks>
    /// A document over <see cref="CleanerSettings.MaxDocumentLength"/> or <see cref="CleanerSettings.MaxLineCount"/> is
    /// refused or, with <see cref="LimitBehavior.PassThrough"/>, returned unchanged with
    /// <see cref="CleanResult.Status"/> <see cref="CleanStatus.PassedThrough"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException"><paramref name="text"/> is over a limit and the pipeline's <see cref="LimitBehavior"/> is <see cref="LimitBehavior.Throw"/>.</exception>
    public CleanResult Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CleanerLimit limit = CheckLimits(text);
        if (limit != CleanerLimit.None)
        {
            return new CleanResult(text, Array.Empty<SegmentVerdict>(), Array.Empty<SegmentVerdict>(), Settings.Language,
                isResidueOnly: false, lineCount: 0, CleanStatus.PassedThrough, limit);
        }

        using DocumentAnalysis analysis = DocumentAnalysis.Run(text, Settings, _classifiers, _gates);
        int length = analysis.OutputLength();
        DocumentAnalysis state = analysis;
        string cleaned = length == 0
            ? string.Empty
            : string.Create(length, (Text: text, Analysis: state), static (destination, s) => s.Analysis.WriteOutput(s.Text, destination));

        // The lists are sized exactly: the result allocates what it holds and nothing more.
        ReadOnlySpan<Segment> segments = analysis.Segments;
        ReadOnlySpan<LineDecision> decisions = analysis.Decisions;
        int removedCount = 0;
        int keptCount = 0;
        for (int i = 0; i < segments.Length; i++)
        {
            if (!segments[i].IsBlank)
            {
                if (decisions[i].Removed)
                {
                    removedCount++;
                }
                else
                {
                    keptCount++;
                }
            }
        }

        SegmentVerdict[] removed = removedCount == 0 ? [] : new SegmentVerdict[removedCount];
        SegmentVerdict[] kept = Settings.IncludeKeptSegments && keptCount > 0 ? new SegmentVerdict[keptCount] : [];
        int r = 0;
        int k = 0;
        for (int i = 0; i < segments.Length; i++)
        {
            if (segments[i].IsBlank)
            {
                continue;
            }

            if (decisions[i].Removed)
            {
                removed[r++] = analysis.VerdictAt(i);
            }
            else if (kept.Length > 0)
            {
                kept[k++] = analysis.VerdictAt(i);
            }
        }

        return new CleanResult(cleaned, removed, kept, analysis.Language, analysis.IsResidueOnly, analysis.LineCount);
    }

    /// <summary>
    /// Cleans <paramref name="text"/> into <paramref name="output"/> without building a string or a result list:
    /// the allocation-free path for pipelines (reuse the writer between documents). A document over a limit is refused
    /// or, with <see cref="LimitBehavior.PassThrough"/>, copied to <paramref name="output"/> unchanged and flagged in the
    /// summary.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException"><paramref name="text"/> is over a limit and the pipeline's <see cref="LimitBehavior"/> is <see cref="LimitBehavior.Throw"/>.</exception>
    public CleanSummary Clean(ReadOnlySpan<char> text, IBufferWriter<char> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        CleanerLimit limit = CheckLimits(text);
        if (limit != CleanerLimit.None)
        {
            if (text.Length > 0)
            {
                text.CopyTo(output.GetSpan(text.Length));
                output.Advance(text.Length);
            }

            return PassedThrough(limit, text.Length);
        }

        using DocumentAnalysis analysis = DocumentAnalysis.Run(text, Settings, _classifiers, _gates);
        int length = analysis.OutputLength();
        if (length > 0)
        {
            Span<char> destination = output.GetSpan(length);
            analysis.WriteOutput(text, destination);
            output.Advance(length);
        }

        return Summarize(analysis, length);
    }

    /// <summary>
    /// Cleans <paramref name="text"/> into a caller's buffer. The output is never longer than the input plus one
    /// character, so a destination of <c>text.Length + 1</c> always suffices; returns <see langword="false"/> (writing
    /// nothing) when the destination is too small. A document over a limit is refused or, with
    /// <see cref="LimitBehavior.PassThrough"/>, copied unchanged and flagged in <paramref name="summary"/>.
    /// </summary>
    /// <exception cref="DocumentTooLargeException"><paramref name="text"/> is over a limit and the pipeline's <see cref="LimitBehavior"/> is <see cref="LimitBehavior.Throw"/>.</exception>
    public bool TryClean(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten, out CleanSummary summary)
    {
        CleanerLimit limit = CheckLimits(text);
        if (limit != CleanerLimit.None)
        {
            summary = PassedThrough(limit, text.Length);
            if (!text.TryCopyTo(destination))
            {
                charsWritten = 0;
                return false;
            }

            charsWritten = text.Length;
            return true;
        }

        using DocumentAnalysis analysis = DocumentAnalysis.Run(text, Settings, _classifiers, _gates);
        int length = analysis.OutputLength();
        summary = Summarize(analysis, length);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        charsWritten = analysis.WriteOutput(text, destination);
        return true;
    }

    /// <summary>
    /// Classifies every non-blank line of <paramref name="text"/> without building the cleaned text, appending one
    /// <see cref="SegmentVerdict"/> per line (kept and removed) to <paramref name="verdicts"/>. Clear and reuse the list
    /// between documents to stay allocation-free. A document over a limit is refused or, with
    /// <see cref="LimitBehavior.PassThrough"/>, left unclassified (nothing is appended) and flagged in the summary.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="verdicts"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException"><paramref name="text"/> is over a limit and the pipeline's <see cref="LimitBehavior"/> is <see cref="LimitBehavior.Throw"/>.</exception>
    public CleanSummary Classify(ReadOnlySpan<char> text, ICollection<SegmentVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        CleanerLimit limit = CheckLimits(text);
        if (limit != CleanerLimit.None)
        {
            return PassedThrough(limit, text.Length);
        }

        using DocumentAnalysis analysis = DocumentAnalysis.Run(text, Settings, _classifiers, _gates);
        ReadOnlySpan<Segment> segments = analysis.Segments;
        for (int i = 0; i < segments.Length; i++)
        {
            if (!segments[i].IsBlank)
            {
                verdicts.Add(analysis.VerdictAt(i));
            }
        }

        return Summarize(analysis, analysis.OutputLength());
    }

    /// <summary>The limit <paramref name="text"/> exceeds under pass-through; throws under <see cref="LimitBehavior.Throw"/>.</summary>
    private CleanerLimit CheckLimits(ReadOnlySpan<char> text)
    {
        CleanerLimit limit = DocumentLimits.Check(text, Settings, out long actual, out long maximum);
        if (limit != CleanerLimit.None && Settings.LimitBehavior == LimitBehavior.Throw)
        {
            throw new DocumentTooLargeException(limit, actual, maximum, nameof(text));
        }

        return limit;
    }

    private CleanSummary PassedThrough(CleanerLimit limit, int length) =>
        new(0, 0, 0, length, Settings.Language, false, CleanStatus.PassedThrough, limit);

    private static CleanSummary Summarize(in DocumentAnalysis analysis, int outputLength)
    {
        int removed = 0;
        int content = 0;
        ReadOnlySpan<Segment> segments = analysis.Segments;
        ReadOnlySpan<LineDecision> decisions = analysis.Decisions;
        for (int i = 0; i < segments.Length; i++)
        {
            if (!segments[i].IsBlank)
            {
                content++;
                if (decisions[i].Removed)
                {
                    removed++;
                }
            }
        }

        return new CleanSummary(analysis.LineCount, content, removed, outputLength, analysis.Language, analysis.IsResidueOnly);
    }
}
