using System;
using System.Buffers;
using System.IO;
using System.Linq;

namespace Cleaner.Tests.Api;

/// <summary>
/// The span overloads allocate nothing per document once warm (issue 5's allocation target, measured in bytes by the
/// runtime, not timed): a per-document string or array slipped into the pipeline (a gate built when the triggers are
/// read, a list per line) fails here before it reaches a benchmark run.
/// </summary>
public class AllocationTests
{
    private const int Calls = 20;

    // Twenty calls may allocate this much in all: a few bytes of the runtime's own, never a string or an array per
    // document (840 bytes a call was enough to fail).
    private const long Slack = 256;

    // "Once warm" means after tiered compilation: the first few hundred calls run code that may still allocate
    // (on-stack replacement of a loop whose buffers live on the stack); BenchmarkDotNet warms up the same way.
    private const int WarmUpCalls = 3000;

    private static readonly string Seeds = string.Join("\n\n",
        Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));

    [Fact]
    public void TryClean_into_a_callers_buffer_allocates_nothing_once_warm()
    {
        CleanerPipeline pipeline = CleanerPipeline.Default;
        char[] destination = new char[Seeds.Length];
        for (int i = 0; i < WarmUpCalls; i++)
        {
            Assert.True(pipeline.TryClean(Seeds, destination, out _, out _));
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            pipeline.TryClean(Seeds, destination, out _, out _);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated <= Slack, $"{Calls} warm TryClean calls allocated {allocated} bytes");
    }

    [Fact]
    public void Clean_into_a_reused_buffer_writer_allocates_nothing_once_warm()
    {
        CleanerPipeline pipeline = CleanerPipeline.Default;
        var writer = new ArrayBufferWriter<char>(Seeds.Length);
        for (int i = 0; i < WarmUpCalls; i++)
        {
            writer.Clear();
            pipeline.Clean(Seeds, writer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Calls; i++)
        {
            writer.Clear();
            pipeline.Clean(Seeds, writer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated <= Slack, $"{Calls} warm Clean(span, writer) calls allocated {allocated} bytes");
    }
}
