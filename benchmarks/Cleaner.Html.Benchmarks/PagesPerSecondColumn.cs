using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Cleaner.Html.Benchmarks;

/// <summary>Pages per second from the mean time: each operation cleans one page.</summary>
public sealed class PagesPerSecondColumn : IColumn
{
    public string Id => "Cleaner.PagesPerSecond";
    public string ColumnName => "pages/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 3;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Pages per second, one thread, from the mean time of one operation (one page)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is not > 0 ? "-" : (1e9 / mean.Value).ToString("N1", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;
}

/// <summary>Adds the <see cref="PagesPerSecondColumn"/> to a benchmark class.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class PagesPerSecondAttribute : ColumnConfigBaseAttribute
{
    public PagesPerSecondAttribute()
        : base(new PagesPerSecondColumn())
    {
    }
}
