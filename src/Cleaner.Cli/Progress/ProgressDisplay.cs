using System;
using System.IO;
using System.Threading.Tasks;
using Cleaner.Cli.Diagnostics;
using Spectre.Console;

namespace Cleaner.Cli.Progress;

/// <summary>
/// A progress bar on standard error for runs that last: it appears only when standard error is a terminal, the run
/// is not quiet, and the work is still going after a short delay, and it is cleared when the work ends.
/// </summary>
internal sealed class ProgressDisplay
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly bool _enabled;
    private readonly TextWriter _error;

    public ProgressDisplay(bool enabled, TextWriter error)
    {
        _enabled = enabled;
        _error = error;
    }

    /// <summary>Waits for <paramref name="work"/>, drawing the statistics' progress meanwhile if enabled.</summary>
    public async Task<T> RunAsync<T>(Task<T> work, RunStatistics statistics, Reporter reporter, string unit)
    {
        if (!_enabled || await Task.WhenAny(work, Task.Delay(Delay)).ConfigureAwait(false) == work)
        {
            return await work.ConfigureAwait(false);
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        reporter.Hold();
        try
        {
            await console.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    long expected = statistics.ExpectedBytes;
                    ProgressTask bar = context.AddTask("cleaning", maxValue: expected > 0 ? expected : 1);
                    bar.IsIndeterminate = expected <= 0;
                    while (await Task.WhenAny(work, Task.Delay(200)).ConfigureAwait(false) != work)
                    {
                        bar.Description = $"{statistics.Documents} {unit}s, {SummaryWriter.FormatBytes(statistics.BytesIn)}";
                        if (expected > 0)
                        {
                            bar.Value = Math.Min(statistics.BytesIn, expected);
                        }
                    }

                    bar.Value = bar.MaxValue;
                    bar.StopTask();
                }).ConfigureAwait(false);
        }
        finally
        {
            reporter.Release();
        }

        return await work.ConfigureAwait(false);
    }
}
