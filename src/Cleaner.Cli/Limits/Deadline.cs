using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;

namespace Cleaner.Cli.Limits;

/// <summary>
/// Runs a cleaning call with a time limit. The library cannot be interrupted, so a call past its deadline is left to
/// finish on its own thread while the caller moves on; it holds one of a bounded number of slots until it ends, so at
/// most <c>slots - jobs</c> runaway calls are ever outstanding. When they fill the slots, later calls wait for one to
/// end, and that wait counts against their own deadline (they time out rather than hang the run).
/// </summary>
/// <remarks>
/// Handing a call to another thread costs far more than cleaning a short record, so a document small enough to be
/// cleaned in a tenth of the timeout even at the slowest throughput the fuzzer saw (taken as 0.5 M characters a second)
/// is cleaned on the caller's thread and timed afterwards: its verdict is the same, but a runaway one would hold its
/// worker until it ended instead of being left behind.
/// </remarks>
[SuppressMessage("Design", "CA1001", Justification = "Runaway calls release their slot after the run ends; the semaphore never allocates a wait handle, so it needs no disposal.")]
internal sealed class Deadline
{
    private readonly TimeSpan? _timeout;
    private readonly SemaphoreSlim? _slots;

    /// <param name="timeout">The time limit, or <see langword="null"/> to call directly with no limit.</param>
    /// <param name="jobs">The number of workers; twice as many slots are kept.</param>
    public Deadline(TimeSpan? timeout, int jobs)
    {
        _timeout = timeout;
        if (timeout is not null)
        {
            _slots = new SemaphoreSlim(2 * jobs);

            // Workers block while their call runs on another pool thread: make sure the pool has threads for both.
            ThreadPool.GetMinThreads(out int workers, out int completion);
            ThreadPool.SetMinThreads(Math.Max(workers, 2 * jobs + 4), completion);
        }
    }

    /// <summary>The slowest cleaning throughput assumed when deciding to clean on the caller's thread, in characters a second.</summary>
    private const double SlowestCharactersPerSecond = 500_000;

    /// <summary>
    /// Runs <paramref name="work"/>, which cleans <paramref name="characters"/> characters; returns
    /// <see langword="false"/> when it took longer than the timeout (its result, if it ever comes, is dropped).
    /// Exceptions from <paramref name="work"/> are rethrown as they are.
    /// </summary>
    public bool TryRun<T>(Func<T> work, long characters, out T? result)
    {
        result = default;
        if (_timeout is not { } timeout || _slots is null)
        {
            result = work();
            return true;
        }

        var clock = Stopwatch.StartNew();
        if (characters < timeout.TotalSeconds / 10 * SlowestCharactersPerSecond)
        {
            result = work();
            if (clock.Elapsed > timeout)
            {
                result = default;
                return false;
            }

            return true;
        }

        if (!_slots.Wait(timeout))
        {
            return false;
        }

        Task<T> task;
        try
        {
            task = Task.Run(work);
        }
        catch
        {
            _slots.Release();
            throw;
        }

        SemaphoreSlim slots = _slots;
        _ = task.ContinueWith(static (t, state) =>
        {
            _ = t.Exception; // Observed: a runaway call that fails later must not surface as an unobserved exception.
            ((SemaphoreSlim)state!).Release();
        }, slots, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        TimeSpan left = timeout - clock.Elapsed;
        bool finished = left > TimeSpan.Zero && Task.WaitAny([task], left) == 0; // WaitAny does not throw for a failed call.
        // A call that finished, but later than the deadline, timed out all the same: the verdict depends only on the
        // time taken, never on when the waiting thread happened to be woken.
        if (!finished || clock.Elapsed > timeout)
        {
            return false;
        }

        result = task.GetAwaiter().GetResult();
        return true;
    }
}
