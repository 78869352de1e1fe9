using System.Collections.Generic;
using System.Threading;

namespace Cleaner.Cli.Progress;

/// <summary>
/// What a run has done so far. One thread (the in-order consumer) records; the progress display reads from another,
/// so every counter is read and written atomically.
/// </summary>
internal sealed class RunStatistics
{
    private readonly long[] _removedByKind = new long[ResidueKinds.Count];
    private long _documents;
    private long _failed;
    private long _skippedRecords;
    private long _passedThrough;
    private long _timedOut;
    private long _bytesIn;
    private long _bytesOut;

    /// <summary>Documents (files, or JSONL records) cleaned.</summary>
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>Inputs (files or records) that failed.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Malformed JSONL records written through unchanged under <c>--on-error skip</c>.</summary>
    public long SkippedRecords => Interlocked.Read(ref _skippedRecords);

    /// <summary>Documents or records over a limit or past the timeout written through unchanged (<c>--on-limit pass-through</c>).</summary>
    public long PassedThrough => Interlocked.Read(ref _passedThrough);

    /// <summary>Documents or records whose cleaning ran past <c>--timeout</c> (also counted as failed or passed through).</summary>
    public long TimedOut => Interlocked.Read(ref _timedOut);

    /// <summary>Bytes read.</summary>
    public long BytesIn => Interlocked.Read(ref _bytesIn);

    /// <summary>Bytes written.</summary>
    public long BytesOut => Interlocked.Read(ref _bytesOut);

    /// <summary>The total input size when known in advance (for the progress bar), otherwise 0.</summary>
    public long ExpectedBytes { get; set; }

    /// <summary>Records a cleaned document.</summary>
    public void AddDocument(IReadOnlyList<SegmentVerdict> removed)
    {
        Interlocked.Increment(ref _documents);
        foreach (SegmentVerdict verdict in removed)
        {
            Interlocked.Increment(ref _removedByKind[(int)verdict.Kind]);
        }
    }

    public void AddFailure() => Interlocked.Increment(ref _failed);

    public void AddSkippedRecord() => Interlocked.Increment(ref _skippedRecords);

    public void AddPassedThrough() => Interlocked.Increment(ref _passedThrough);

    public void AddTimedOut() => Interlocked.Increment(ref _timedOut);

    public void AddBytesIn(long bytes) => Interlocked.Add(ref _bytesIn, bytes);

    public void AddBytesOut(long bytes) => Interlocked.Add(ref _bytesOut, bytes);

    /// <summary>Lines removed of <paramref name="kind"/>.</summary>
    public long RemovedLines(ResidueKind kind) => Interlocked.Read(ref _removedByKind[(int)kind]);
}
