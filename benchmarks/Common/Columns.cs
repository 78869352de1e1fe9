using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Cleaner.Benchmarks.Common;

/// <summary>Shared helpers of the custom columns.</summary>
internal static class ColumnHelpers
{
    /// <summary>The UTF-8 size of the benchmark's <see cref="InputDocument"/> parameter, or 0 when it has none.</summary>
    public static long InputBytes(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Value is InputDocument input)
            {
                return input.Utf8Bytes;
            }
        }

        return 0;
    }

    public static double? MeanNanoseconds(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean;
}

/// <summary>Throughput in MB (10^6 bytes) of UTF-8 input per second, from the mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => "Cleaner.MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Throughput: MB (10^6 bytes) of UTF-8 input per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        long bytes = ColumnHelpers.InputBytes(benchmarkCase);
        double? mean = ColumnHelpers.MeanNanoseconds(summary, benchmarkCase);
        // bytes per nanosecond × 1000 = MB (10^6 bytes) per second.
        return bytes == 0 || mean is not > 0 ? "-" : (bytes / mean.Value * 1000).ToString("N1", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;
}

/// <summary>Cost per byte of UTF-8 input, in nanoseconds: compare it across input sizes to check linear scaling.</summary>
public sealed class NanosecondsPerByteColumn : IColumn
{
    public string Id => "Cleaner.NsPerByte";
    public string ColumnName => "ns/B";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mean time per byte of UTF-8 input, in nanoseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        long bytes = ColumnHelpers.InputBytes(benchmarkCase);
        double? mean = ColumnHelpers.MeanNanoseconds(summary, benchmarkCase);
        return bytes == 0 || mean is not > 0 ? "-" : (mean.Value / bytes).ToString("N3", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;
}

/// <summary>
/// Mean time relative to another method of the same class on the same parameters (for example the bare newline scan,
/// the floor): "25.0" means 25 times slower than that method. Complements BenchmarkDotNet's Ratio column, which is
/// relative to the one [Benchmark(Baseline = true)] method.
/// </summary>
public sealed class RelativeToMethodColumn : IColumn
{
    private readonly string _method;

    public RelativeToMethodColumn(string method, string columnName)
    {
        _method = method;
        ColumnName = columnName;
    }

    public string Id => "Cleaner.RelativeTo." + _method;
    public string ColumnName { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 2;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Mean time relative to {_method} on the same input (times slower)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkCase? reference = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == benchmarkCase.Descriptor.Type &&
            c.Descriptor.WorkloadMethod.Name == _method &&
            c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo &&
            c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
        if (reference is null)
        {
            return "-";
        }

        double? mean = ColumnHelpers.MeanNanoseconds(summary, benchmarkCase);
        double? referenceMean = ColumnHelpers.MeanNanoseconds(summary, reference);
        return mean is not > 0 || referenceMean is not > 0
            ? "-"
            : (mean.Value / referenceMean.Value).ToString("N2", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Descriptor.WorkloadMethod.Name == _method);
    public override string ToString() => ColumnName;
}
