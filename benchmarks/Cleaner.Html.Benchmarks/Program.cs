using System;
using Cleaner.Benchmarks.Common;

namespace Cleaner.Html.Benchmarks;

/// <summary>
/// Benchmarks of the HTML path over pages of <c>../shared/corpus/readability-pages</c>. Exits successfully without
/// running anything when that corpus is absent. <c>--ci</c> runs each benchmark once (see <see cref="BenchmarkConfig"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (!Pages.Available)
        {
            Console.WriteLine($"Skipping the HTML benchmarks: no corpus at {Pages.Folder}.");
            return 0;
        }

        return BenchmarkConfig.Run(typeof(Program), args);
    }
}
