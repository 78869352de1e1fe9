using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Cleaner.Cli.Diagnostics;
using Cleaner.Cli.Documents;
using Cleaner.Cli.Input;
using Cleaner.Cli.Jsonl;
using Cleaner.Cli.Limits;
using Cleaner.Cli.Progress;

namespace Cleaner.Cli.Commands;

/// <summary>
/// One run of <c>clean</c> with validated options: finds the inputs, prepares the output folder, cleans documents or
/// JSONL records with a progress bar, and ends with the summary and the exit code.
/// </summary>
internal sealed class CleanRun
{
    private readonly CleanOptions _options;
    private readonly CleanerPipeline _pipeline;
    private readonly CliConsole _console;

    public CleanRun(CleanOptions options, CleanerPipeline pipeline, CliConsole console)
    {
        _options = options;
        _pipeline = pipeline;
        _console = console;
    }

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var reporter = new Reporter(_console.Error, _options.Quiet);
        var statistics = new RunStatistics();
        var stopwatch = Stopwatch.StartNew();

        List<InputFile> inputs;
        int missing = 0;
        if (_options.Paths.Count == 0)
        {
            inputs = [InputFile.StandardInput];
        }
        else
        {
            (inputs, missing) = new InputEnumerator(_options.Include, _options.Exclude, reporter).Expand(_options.Paths);
        }

        for (int i = 0; i < missing; i++)
        {
            statistics.AddFailure();
        }

        if (_options.OutputFolder is { } folder && !PrepareOutputFolder(folder, reporter))
        {
            return ExitCodes.SomeInputsFailed;
        }

        statistics.ExpectedBytes = ExpectedBytes(inputs);
        string unit = _options.Jsonl ? "record" : "document";
        var selector = new DocumentCleanerSelector(
            new TextDocumentCleaner(_pipeline), new HtmlDocumentCleaner(_pipeline, _options.Limits.MaxDocumentLength), _options.Html);
        var guard = new LimitGuard(_options.Limits, _options.Jobs);
        Task<bool> work = _options.Jsonl
            ? new JsonlRun(_options, new JsonlRecordCleaner(selector.ForRecords, guard, _options.Field, _options.ExplainField), _console, reporter, statistics).RunAsync(inputs, cancellation)
            : new DocumentRun(_options, selector, guard, _console, reporter, statistics).RunAsync(inputs, cancellation);
        // The bar is drawn only on a terminal, and not when cleaned text scrolls past on that same terminal.
        bool outputOnTerminal = _console.OutputIsTerminal && _options.OutputFolder is null && !_options.InPlace;
        var progress = new ProgressDisplay(_console.ErrorIsTerminal && !_options.Quiet && !outputOnTerminal, _console.Error);
        bool allDone = await progress.RunAsync(work, statistics, reporter, unit).ConfigureAwait(false);

        SummaryWriter.Write(statistics, stopwatch.Elapsed, reporter, unit);
        if (cancellation.IsCancellationRequested)
        {
            reporter.Error("interrupted; outputs written so far are complete, the rest were not written");
            return ExitCodes.Interrupted;
        }

        return allDone && missing == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static bool PrepareOutputFolder(string folder, Reporter reporter)
    {
        try
        {
            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".clean-write-test-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Error($"cannot write to the output folder {folder}: {ex.Message}; nothing was cleaned");
            return false;
        }
    }

    private static long ExpectedBytes(List<InputFile> inputs)
    {
        long total = 0;
        foreach (InputFile input in inputs)
        {
            if (input.IsStandardInput)
            {
                return 0;
            }

            try
            {
                total += new FileInfo(input.Path).Length;
            }
            catch (IOException)
            {
                // Reported when the file is read.
            }
        }

        return total;
    }
}
