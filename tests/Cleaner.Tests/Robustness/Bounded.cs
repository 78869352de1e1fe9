using System;
using System.Diagnostics;
using System.Threading;

namespace Cleaner.Robustness;

/// <summary>
/// Runs a call on its own thread with a generous deadline and measures what that thread allocated, so that hostile
/// inputs are checked for termination and memory without tight, flaky timing thresholds.
/// </summary>
internal static class Bounded
{
    /// <summary>The sanity deadline: no catalogue input may take anywhere near this long.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    public static T Run<T>(Func<T> call, out long allocatedBytes, out TimeSpan elapsed)
    {
        long allocated = 0;
        var stopwatch = new Stopwatch();
        using var done = new ManualResetEventSlim();
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                stopwatch.Start();
                result = call();
                stopwatch.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                done.Set();
            }
        }, maxStackSize: 1 << 20)
        {
            IsBackground = true,
            Name = "Bounded.Run",
        };
        thread.Start();
        if (!done.Wait(Deadline))
        {
            throw new TimeoutException($"The call did not finish within {Deadline.TotalSeconds} s.");
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        allocatedBytes = allocated;
        elapsed = stopwatch.Elapsed;
        return result;
    }

    public static T Run<T>(Func<T> call) => Run(call, out _, out _);

    /// <summary>
    /// The median CPU time of the calling thread over three runs of <paramref name="call"/> after one warm-up run: time
    /// spent waiting for a core on a busy machine (or for other tests running in parallel) is not counted, so ratios
    /// between two inputs stay meaningful under load. Falls back to wall time where the thread clock is unavailable.
    /// </summary>
    public static TimeSpan Median(Action call)
    {
        call();
        var times = new TimeSpan[3];
        for (int i = 0; i < times.Length; i++)
        {
            long start = ThreadCpuTime.Now();
            var stopwatch = Stopwatch.StartNew();
            call();
            long end = ThreadCpuTime.Now();
            times[i] = start > 0 && end > 0 ? TimeSpan.FromTicks((end - start) / 100) : stopwatch.Elapsed;
        }

        Array.Sort(times);
        return times[1];
    }
}

/// <summary>A classifier that claims nothing and counts how often, and on how many characters, it is asked.</summary>
internal sealed class CountingClassifier : SegmentClassifier
{
    private long _calls;
    private long _chars;

    public override string Name => "test.counting";

    public override ResidueKind Kind => ResidueKind.Advertisement;

    public long Calls => Interlocked.Read(ref _calls);

    public long Chars => Interlocked.Read(ref _chars);

    public override Verdict Classify(in SegmentContext context)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _chars, context.Text.Length);
        return Verdict.None;
    }
}

/// <summary>Heavy catalogue tests run one at a time so their memory and timing do not overlap.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyTests
{
    public const string Name = "Robustness.Heavy";
}
