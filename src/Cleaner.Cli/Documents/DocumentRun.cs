using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Cleaner.Cli.Commands;
using Cleaner.Cli.Diagnostics;
using Cleaner.Cli.Input;
using Cleaner.Cli.Limits;
using Cleaner.Cli.Output;
using Cleaner.Cli.Processing;
using Cleaner.Cli.Progress;
using Spectre.Console;

namespace Cleaner.Cli.Documents;

/// <summary>
/// Cleans whole documents (files, or standard input) on <c>--jobs</c> threads. Each goes to standard output, to the
/// same relative path under the output folder, or over itself (<c>--in-place</c>), always written atomically. Results
/// are reported in input order; a failed document is reported and the run goes on.
/// </summary>
internal sealed class DocumentRun
{
    /// <summary>A console width no line reaches: explain output must never be wrapped.</summary>
    private const int NoWrapWidth = 1 << 20;

    private readonly CleanOptions _options;
    private readonly DocumentCleanerSelector _selector;
    private readonly CliConsole _console;
    private readonly Reporter _reporter;
    private readonly RunStatistics _statistics;
    private readonly LimitGuard _guard;

    public DocumentRun(CleanOptions options, DocumentCleanerSelector selector, LimitGuard guard, CliConsole console, Reporter reporter, RunStatistics statistics)
    {
        _options = options;
        _guard = guard;
        _selector = selector;
        _console = console;
        _reporter = reporter;
        _statistics = statistics;
    }

    /// <summary>Cleans every input; returns whether all of them were cleaned.</summary>
    public async Task<bool> RunAsync(IReadOnlyList<InputFile> inputs, CancellationToken cancellation)
    {
        bool colourExplain = _options.Explain && _options.Format == OutputFormat.Text && _console.OutputIsTerminal;
        var processor = new DocumentProcessor(_options, _selector, _guard, _console.Input, colourExplain);
        using var output = new StreamWriter(_console.Output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        IAnsiConsole? colour = null;
        if (colourExplain)
        {
            colour = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Detect });
            colour.Profile.Width = NoWrapWidth;
        }

        bool allDone = true;
        var parallel = new OrderedParallel<DocumentWork, DocumentOutcome>(processor.Process, _options.Jobs);
        bool completed = await parallel.RunAsync(PlanWork(inputs), outcome =>
        {
            if (cancellation.IsCancellationRequested)
            {
                return false;
            }

            _statistics.AddBytesIn(outcome.BytesIn);
            if (outcome.Error is not null)
            {
                _reporter.Error($"{outcome.Name}: {outcome.Error}");
                _statistics.AddFailure();
                allDone = false;
                return true;
            }

            if (outcome.Limit is { } limit)
            {
                if (limit.TimedOut)
                {
                    _statistics.AddTimedOut();
                }

                if (_options.Limits.OnLimit == LimitPolicy.Fail)
                {
                    _reporter.Error($"{outcome.Name}: {limit.Message} (or --on-limit pass-through to write it through unchanged)");
                    _statistics.AddFailure();
                    allDone = false;
                    return true;
                }

                _reporter.Notice($"{outcome.Name}: {limit.Message}; written through unchanged (--on-limit pass-through)");
                _statistics.AddPassedThrough();
                _statistics.AddBytesOut(outcome.BytesOut);
                if (outcome.PassThrough is { } passThrough)
                {
                    output.Flush();
                    _statistics.AddBytesOut(passThrough.CopyTo(_console.Output));
                }

                return true;
            }

            if (outcome.Warning is not null)
            {
                _reporter.Warning($"{outcome.Name}: {outcome.Warning}");
            }

            _statistics.AddDocument(outcome.Result!.Removed);
            _statistics.AddBytesOut(outcome.BytesOut);
            if (outcome.Rendered is not null)
            {
                output.Write(outcome.Rendered);
                _statistics.AddBytesOut(output.Encoding.GetByteCount(outcome.Rendered));
            }
            else if (colour is not null && outcome.Source is not null)
            {
                ExplainRenderer.RenderColour(colour, outcome.Source, outcome.Result);
            }

            return true;
        }, output.Flush).ConfigureAwait(false);
        return allDone && completed;
    }

    /// <summary>Decides each document's output file, refusing targets that would overwrite an input or each other.</summary>
    private IEnumerable<DocumentWork> PlanWork(IReadOnlyList<InputFile> inputs)
    {
        if (_options.OutputFolder is null)
        {
            return inputs.Select(input => new DocumentWork(input, _options.InPlace ? input.Path : null, null));
        }

        HashSet<string> inputPaths = inputs.Select(i => Path.GetFullPath(i.Path)).ToHashSet(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<DocumentWork>(inputs.Count);
        foreach (InputFile input in inputs)
        {
            IDocumentCleaner? cleaner = _selector.Select(input.Path, out _);
            string relative = cleaner?.MapOutputPath(input.RelativePath) ?? input.RelativePath;
            if (_options.Format == OutputFormat.Json)
            {
                relative = Path.ChangeExtension(relative, ".json");
            }

            string target = Path.Combine(_options.OutputFolder, relative);
            string full = Path.GetFullPath(target);
            string? problem = inputPaths.Contains(full) ? $"the output {target} would overwrite an input; use --in-place to replace inputs"
                : !targets.Add(full) ? $"the output {target} is also the output of an earlier input; not cleaned"
                : null;
            work.Add(new DocumentWork(input, target, problem));
        }

        return work;
    }
}
