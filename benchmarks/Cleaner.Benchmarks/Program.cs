using Cleaner.Benchmarks.Common;

namespace Cleaner.Benchmarks;

/// <summary>
/// Micro benchmarks of the text engine. <c>dotnet run -c Release --project benchmarks/Cleaner.Benchmarks -- --filter '*'</c>
/// measures everything (short job); add <c>--ci</c> to run each benchmark once in-process instead (see
/// <see cref="BenchmarkConfig"/> and benchmarks/run-ci.sh).
/// </summary>
public static class Program
{
    public static int Main(string[] args) => BenchmarkConfig.Run(typeof(Program), args);
}
