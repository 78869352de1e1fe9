using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Cleaner.Cli.Commands;
using Cleaner.Cli.Diagnostics;
using Cleaner.Cli.Input;
using Cleaner.Cli.Limits;
using Cleaner.Cli.Output;
using Cleaner.Cli.Processing;
using Cleaner.Cli.Progress;

namespace Cleaner.Cli.Jsonl;

/// <summary>
/// Cleans JSON Lines inputs one after another, each as a stream: records are read, cleaned on <c>--jobs</c> threads
/// and written in input order, output flushed whenever the run would wait, so memory stays bounded and the command
/// works as a filter. Output goes to standard output, to the output folder, or over the input (<c>--in-place</c>);
/// files are written to a temporary file first and appear whole or not at all.
/// </summary>
internal sealed class JsonlRun
{
    private readonly CleanOptions _options;
    private readonly JsonlRecordCleaner _cleaner;
    private readonly CliConsole _console;
    private readonly Reporter _reporter;
    private readonly RunStatistics _statistics;

    public JsonlRun(CleanOptions options, JsonlRecordCleaner cleaner, CliConsole console, Reporter reporter, RunStatistics statistics)
    {
        _options = options;
        _cleaner = cleaner;
        _console = console;
        _reporter = reporter;
        _statistics = statistics;
    }

    /// <summary>Cleans every input; returns whether all of them were cleaned completely.</summary>
    public async Task<bool> RunAsync(IReadOnlyList<InputFile> inputs, CancellationToken cancellation)
    {
        bool allDone = true;
        using var standardOutput = new BufferedStream(_console.Output, 1 << 16);
        foreach (InputFile input in inputs)
        {
            if (cancellation.IsCancellationRequested)
            {
                return false;
            }

            allDone &= await RunOneAsync(input, standardOutput, cancellation).ConfigureAwait(false);
        }

        standardOutput.Flush();
        return allDone;
    }

    private async Task<bool> RunOneAsync(InputFile input, Stream standardOutput, CancellationToken cancellation)
    {
        Stream source;
        try
        {
            source = input.IsStandardInput ? _console.Input : new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _reporter.Error($"{input.DisplayName}: cannot read: {ex.Message}");
            _statistics.AddFailure();
            return false;
        }

        string? target = TargetPath(input);
        string? temporary = null;
        Stream output = standardOutput;
        try
        {
            if (target is not null)
            {
                try
                {
                    output = AtomicFile.CreateTemporary(target, out temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    _reporter.Error($"{input.DisplayName}: cannot write {target}: {ex.Message}");
                    _statistics.AddFailure();
                    return false;
                }
            }

            bool completed = await CleanStreamAsync(input, source, output, flushWhenWaiting: target is null, cancellation).ConfigureAwait(false);
            if (target is not null && temporary is not null)
            {
                output.Dispose();
                if (completed)
                {
                    AtomicFile.Commit(temporary, target);
                    temporary = null;
                }
            }

            return completed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _reporter.Error($"{input.DisplayName}: {ex.Message}");
            _statistics.AddFailure();
            return false;
        }
        finally
        {
            if (!input.IsStandardInput)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }

            if (temporary is not null)
            {
                await output.DisposeAsync().ConfigureAwait(false);
                AtomicFile.Discard(temporary);
            }
        }
    }

    private string? TargetPath(InputFile input)
    {
        if (_options.InPlace)
        {
            return input.Path;
        }

        return _options.OutputFolder is { } folder ? Path.Combine(folder, input.RelativePath) : null;
    }

    private async Task<bool> CleanStreamAsync(InputFile input, Stream source, Stream output, bool flushWhenWaiting, CancellationToken cancellation)
    {
        Action flush = flushWhenWaiting ? output.Flush : static () => { };
        var reader = new JsonlLineReader(source, _options.Jobs == 1 ? flush : null);
        var parallel = new OrderedParallel<JsonlLine, RecordOutcome>(_cleaner.Clean, _options.Jobs);
        bool failed = false;
        try
        {
            bool completed = await parallel.RunAsync(reader.ReadLines(), outcome =>
            {
                if (cancellation.IsCancellationRequested)
                {
                    return false;
                }

                _statistics.AddBytesIn(outcome.Line.Bytes.Length + 1);
                if (outcome.Error is not null)
                {
                    string where = string.Create(CultureInfo.InvariantCulture, $"{input.DisplayName}:{outcome.Line.Number}");
                    if (_options.OnError == RecordErrorPolicy.Fail)
                    {
                        _statistics.AddFailure();
                        _reporter.Error($"{where}: {outcome.Error} (stopped this input; --on-error skip writes such records through unchanged)");
                        failed = true;
                        return false;
                    }

                    _reporter.Notice($"{where}: {outcome.Error}; written through unchanged (--on-error skip)");
                    _statistics.AddSkippedRecord();
                    Write(output, outcome.Line.Bytes);
                    return true;
                }

                if (outcome.Limit is { } limit)
                {
                    string where = string.Create(CultureInfo.InvariantCulture, $"{input.DisplayName}:{outcome.Line.Number}");
                    if (limit.TimedOut)
                    {
                        _statistics.AddTimedOut();
                    }

                    if (_options.Limits.OnLimit == LimitPolicy.Fail)
                    {
                        _statistics.AddFailure();
                        _reporter.Error($"{where}: field '{_options.Field}': {limit.Message} (stopped this input; --on-limit pass-through writes such records through unchanged)");
                        failed = true;
                        return false;
                    }

                    _reporter.Notice($"{where}: field '{_options.Field}': {limit.Message}; written through unchanged (--on-limit pass-through)");
                    _statistics.AddPassedThrough();
                    Write(output, outcome.Line.Bytes);
                    return true;
                }

                if (outcome.IsRecord)
                {
                    _statistics.AddDocument(outcome.Removed);
                }

                Write(output, outcome.Output!);
                return true;
            }, flush).ConfigureAwait(false);
            return completed && !failed;
        }
        catch (InvalidDataException ex)
        {
            _reporter.Error($"{input.DisplayName}: {ex.Message}");
            _statistics.AddFailure();
            return false;
        }
    }

    private void Write(Stream output, byte[] line)
    {
        output.Write(line);
        output.WriteByte((byte)'\n');
        _statistics.AddBytesOut(line.Length + 1);
    }
}
