using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Cleaner.Cli.Diagnostics;

namespace Cleaner.Cli.Progress;

/// <summary>Writes the end-of-run summary to standard error: documents, bytes, removed lines per kind, throughput.</summary>
internal static class SummaryWriter
{
    public static void Write(RunStatistics statistics, TimeSpan elapsed, Reporter reporter, string unit)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        double megabytes = statistics.BytesIn / 1e6;
        var line = new StringBuilder();
        line.Append(invariant, $"clean: {statistics.Documents} {unit}{(statistics.Documents == 1 ? "" : "s")} cleaned");
        if (statistics.Failed > 0)
        {
            line.Append(invariant, $", {statistics.Failed} failed");
        }

        if (statistics.SkippedRecords > 0)
        {
            line.Append(invariant, $", {statistics.SkippedRecords} malformed record{(statistics.SkippedRecords == 1 ? "" : "s")} passed through unchanged");
        }

        if (statistics.PassedThrough > 0)
        {
            line.Append(invariant, $", {statistics.PassedThrough} passed through");
        }

        if (statistics.TimedOut > 0)
        {
            line.Append(invariant, $", {statistics.TimedOut} timed out");
        }

        line.Append(invariant, $"; {FormatBytes(statistics.BytesIn)} in, {FormatBytes(statistics.BytesOut)} out");
        line.Append(invariant, $"; {seconds:0.00} s, {megabytes / seconds:0.0} MB/s");
        reporter.Note(line.ToString());

        var kinds = ResidueKinds.All
            .Select(kind => (Kind: kind, Lines: statistics.RemovedLines(kind)))
            .Where(k => k.Lines > 0)
            .Select(k => string.Create(invariant, $"{k.Kind.ToName()} {k.Lines}"))
            .ToList();
        long total = ResidueKinds.All.Sum(statistics.RemovedLines);
        reporter.Note(kinds.Count == 0
            ? "clean: no lines removed"
            : string.Create(invariant, $"clean: {total} lines removed: {string.Join(", ", kinds)}"));
    }

    public static string FormatBytes(long bytes) => bytes switch
    {
        < 10_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 10_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB"),
    };
}
