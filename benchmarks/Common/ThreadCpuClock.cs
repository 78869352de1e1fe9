using System;
using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace Cleaner.Benchmarks.Common;

/// <summary>
/// A clock that counts the CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), for measuring on a
/// shared machine: time the benchmark thread spends waiting for a core is not counted. On an idle machine it reads
/// close to wall time; under load it still includes cache and memory interference from other processes, so it is
/// an optimistic, not an ideal, figure. Only meaningful in-process (see <see cref="BenchmarkConfig"/>).
/// </summary>
internal sealed partial class ThreadCpuClock : IClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static readonly ThreadCpuClock Instance = new();

    public string Title => "Thread CPU time";

    public bool IsAvailable => OperatingSystem.IsLinux() && Read() > 0;

    public Frequency Frequency => Frequency.GHz;

    public long GetTimestamp() => Read();

    private static long Read()
    {
        return ClockGetTime(ClockThreadCpuTimeId, out TimeSpec time) == 0 ? (time.Seconds * 1_000_000_000L) + time.Nanoseconds : 0;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
