using System;
using System.Runtime.InteropServices;

namespace Cleaner.Robustness;

/// <summary>The calling thread's CPU time in nanoseconds (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), or 0 elsewhere.</summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static long Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out TimeSpec time) == 0 ? (time.Seconds * 1_000_000_000L) + time.Nanoseconds : 0;
        }
        catch (DllNotFoundException)
        {
            return 0;
        }
        catch (EntryPointNotFoundException)
        {
            return 0;
        }
    }

#pragma warning disable SYSLIB1054 // A plain DllImport keeps the test project free of unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
