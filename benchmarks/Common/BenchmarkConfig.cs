using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Cleaner.Benchmarks.Common;

/// <summary>
/// The configuration both benchmark projects run with, and the shared <c>Main</c>.
/// <list type="bullet">
/// <item>Default: a short job (1 launch, 3 warm-up and 5 measured iterations of about 250 ms), single-threaded, Release. Short on
/// purpose: the machine is shared, numbers are noisy; the tables say so.</item>
/// <item><c>--cpu-clock</c>: the same short job, in-process, timed with the benchmark thread's CPU time
/// (<see cref="ThreadCpuClock"/>, Linux only) instead of wall time: for a shared, loaded machine, where wall time
/// mostly measures how long the thread waited for a core.</item>
/// <item><c>--ci</c>: every selected benchmark runs once (<see cref="Job.Dry"/>) in-process, so CI proves the benchmarks
/// still compile and run without paying for a measurement. Numbers from this mode mean nothing.</item>
/// </list>
/// Every other argument goes to BenchmarkDotNet (<c>--filter</c>, <c>--list flat</c>, <c>--job</c>, …).
/// </summary>
public static class BenchmarkConfig
{
    public const string CiFlag = "--ci";
    public const string CpuClockFlag = "--cpu-clock";

    public static IConfig Create(bool ci, bool cpuClock = false)
    {
        Job job = ci
            ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("CiDry")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId("Short");
        if (cpuClock && !ci)
        {
            job = job.WithClock(ThreadCpuClock.Instance).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortCpu");
        }

        return ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddColumn(new ThroughputColumn(), new NanosecondsPerByteColumn(), new RelativeToMethodColumn("NewlineScan", "vs scan"))
            .HideColumns(Column.Error, Column.RatioSD)
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
            .WithOptions(ConfigOptions.StopOnFirstError)
            // Builds of the generated project are slow on a busy 2-core machine.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
    }

    /// <summary>Runs the benchmarks selected by <paramref name="args"/>; returns 1 when any failed.</summary>
    public static int Run(Type assemblyMarker, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(assemblyMarker);
        ArgumentNullException.ThrowIfNull(args);
        bool ci = args.Contains(CiFlag, StringComparer.Ordinal);
        bool cpuClock = args.Contains(CpuClockFlag, StringComparer.Ordinal);
        string[] rest = args.Where(a => a != CiFlag && a != CpuClockFlag).ToArray();
        IEnumerable<BenchmarkDotNet.Reports.Summary> summaries =
            BenchmarkSwitcher.FromAssembly(assemblyMarker.Assembly).Run(rest, Create(ci, cpuClock));
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
