using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Cleaner.Cli.Input;
using Cleaner.Cli.Rules;

namespace Cleaner.Cli.Commands;

/// <summary>
/// The <c>clean</c> command line: its arguments and options, parsed with System.CommandLine and validated into
/// <see cref="CleanOptions"/>; the work itself is done by <see cref="CleanRun"/>.
/// </summary>
internal sealed class CleanCommand
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Files and folders to clean (folders recursively); none or '-' reads standard input.",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write each cleaned document to DIR under its path relative to the folder it was found in (HTML inputs get .txt).",
        HelpName = "DIR",
    };

    private readonly Option<bool> _inPlace = new("--in-place")
    {
        Description = "Replace each input file with its cleaned version (atomically: temporary file, then rename).",
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Glob of files to take from folders, relative to the folder (repeatable; default **/*).",
        HelpName = "GLOB",
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Glob of files to leave out of folders (repeatable).",
        HelpName = "GLOB",
    };

    private readonly Option<bool> _jsonl = new("--jsonl")
    {
        Description = "Inputs are JSON Lines: clean one string field per record, keep every other field as it is.",
    };

    private readonly Option<string> _field = new("--field")
    {
        Description = "The JSONL field to clean.",
        HelpName = "NAME",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> _explainField = new("--explain-field")
    {
        Description = "With --jsonl: add the removed segments (line, kind, score, rule, text) to this field of each record.",
        HelpName = "NAME",
    };

    private readonly Option<string> _onError = new("--on-error")
    {
        Description = "With --jsonl, for a malformed record: 'fail' reports it and stops that input (exit 1); 'skip' reports it, counts it and writes the line through unchanged.",
        DefaultValueFactory = _ => "fail",
    };

    private readonly Option<bool> _explain = new("--explain")
    {
        Description = "Show the document with every line marked kept (+) or removed (-), with kind, score and rule; coloured on a terminal.",
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "'text' writes the cleaned text; 'json' the full result (segments, offsets, line numbers, kinds, scores, rules).",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string> _preset = new("--preset")
    {
        Description = "How eager cleaning is: precision removes only sure residue, recall removes more.",
        DefaultValueFactory = _ => "balanced",
    };

    private readonly Option<string[]> _disable = new("--disable")
    {
        Description = "Keep lines of this residue kind (repeatable or comma-separated).",
        HelpName = "KIND",
    };

    private readonly Option<string[]> _enable = new("--enable")
    {
        Description = "Remove lines of this residue kind, e.g. attribution (repeatable or comma-separated).",
        HelpName = "KIND",
    };

    private readonly Option<string?> _rules = new("--rules")
    {
        Description = "User rules: one per line, 'kind<TAB>exact|prefix|label|suffix|contains<TAB>phrase' or 'kind<TAB>pattern<TAB>regex'; # comments.",
        HelpName = "FILE",
    };

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "Documents or records cleaned at once; output order is always the input order.",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "No progress bar, warnings or summary; errors are still reported.",
    };

    private readonly Option<string?> _encoding = new("--encoding")
    {
        Description = "Decode inputs with this encoding (e.g. latin1, windows-1252) instead of UTF-8; a UTF-16 BOM still wins.",
        HelpName = "NAME",
    };

    private readonly Option<bool> _lenient = new("--lenient")
    {
        Description = "Replace invalid UTF-8 bytes with U+FFFD instead of failing the input.",
    };

    private readonly CliConsole _console;

    public CleanCommand(CliConsole console)
    {
        _console = console;
        _onError.AcceptOnlyFromAmong("fail", "skip");
        _format.AcceptOnlyFromAmong("text", "json");
        _preset.AcceptOnlyFromAmong("precision", "balanced", "recall");
        _jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
    }

    /// <summary>Parses <paramref name="args"/> and runs the command until done or <paramref name="interrupt"/>; returns the exit code.</summary>
    public async Task<int> InvokeAsync(string[] args, CancellationToken interrupt)
    {
        var root = new RootCommand("Removes scraper residue (comment prompts, read-more links, captions, share prompts, timestamps, widgets, footers) from news articles.")
        {
            _paths, _output, _inPlace, _include, _exclude, _jsonl, _field, _explainField, _onError, _explain, _format,
            _preset, _disable, _enable, _rules, _jobs, _quiet, _encoding, _lenient,
        };
        root.SetAction(RunAsync);

        ParseResult parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                await _console.Error.WriteLineAsync($"clean: {error.Message}").ConfigureAwait(false);
            }

            await _console.Error.WriteLineAsync("Run 'clean --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = Console.Out,
            Error = _console.Error,
            ProcessTerminationTimeout = null, // Program handles Ctrl+C and SIGTERM itself.
        }, interrupt).ConfigureAwait(false);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation)
    {
        CleanOptions options;
        CleanerPipeline pipeline;
        try
        {
            options = Bind(parse);
            List<UserRule> rules = parse.GetValue(_rules) is { } rulesPath ? RulesFile.Load(rulesPath) : [];
            pipeline = PipelineFactory.Build(
                parse.GetValue(_preset) switch
                {
                    "precision" => CleanerPreset.Precision,
                    "recall" => CleanerPreset.Recall,
                    _ => CleanerPreset.Balanced,
                },
                PipelineFactory.ParseKinds(parse.GetValue(_disable) ?? [], "--disable"),
                PipelineFactory.ParseKinds(parse.GetValue(_enable) ?? [], "--enable"),
                rules,
                includeKept: options.Explain || options.Format == OutputFormat.Json);
        }
        catch (UsageException ex)
        {
            await _console.Error.WriteLineAsync($"clean: {ex.Message}").ConfigureAwait(false);
            await _console.Error.WriteLineAsync("Run 'clean --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        return await new CleanRun(options, pipeline, _console).RunAsync(cancellation).ConfigureAwait(false);
    }

    private CleanOptions Bind(ParseResult parse)
    {
        string[] paths = parse.GetValue(_paths) ?? [];
        string? output = parse.GetValue(_output);
        bool inPlace = parse.GetValue(_inPlace);
        bool jsonl = parse.GetValue(_jsonl);
        bool explain = parse.GetValue(_explain);
        OutputFormat format = parse.GetValue(_format) == "json" ? OutputFormat.Json : OutputFormat.Text;
        string field = parse.GetValue(_field) ?? "text";
        string? explainField = parse.GetValue(_explainField);
        bool readsStandardInput = paths.Length == 0 || paths.All(p => p == InputFile.StandardInputName);

        if (paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-' && !System.IO.Path.Exists(p)) is { } unknown)
        {
            throw new UsageException($"unknown option '{unknown}' (a file whose name starts with '-' can be given as ./{unknown})");
        }

        if (output is not null && inPlace)
        {
            throw new UsageException("--output and --in-place cannot be combined: choose where cleaned documents go");
        }

        if (inPlace && paths.Any(p => p == InputFile.StandardInputName) || inPlace && paths.Length == 0)
        {
            throw new UsageException("--in-place needs files to replace, not standard input");
        }

        if (inPlace && (explain || format == OutputFormat.Json))
        {
            throw new UsageException("--in-place replaces inputs with cleaned text; it cannot be combined with --explain or --format json");
        }

        if (jsonl && (explain || format == OutputFormat.Json))
        {
            throw new UsageException("--explain and --format json describe one document; with --jsonl use --explain-field NAME");
        }

        if (explainField is not null && !jsonl)
        {
            throw new UsageException("--explain-field needs --jsonl");
        }

        if (string.IsNullOrEmpty(field))
        {
            throw new UsageException("--field needs a field name");
        }

        if (explainField is not null && (explainField.Length == 0 || explainField == field))
        {
            throw new UsageException("--explain-field needs a field name other than --field's");
        }

        if (!jsonl && output is null && !inPlace && (paths.Length > 1 || paths.Any(System.IO.Directory.Exists)))
        {
            throw new UsageException("several documents need --output DIR (or --in-place); standard output takes one document, or JSON Lines with --jsonl");
        }

        if (readsStandardInput && output is not null)
        {
            throw new UsageException("--output needs files or folders to read; standard input is cleaned to standard output");
        }

        if (readsStandardInput && paths.Length > 1)
        {
            throw new UsageException("standard input ('-') can be read only once");
        }

        return new CleanOptions
        {
            Paths = readsStandardInput ? [] : paths,
            OutputFolder = output,
            InPlace = inPlace,
            Include = parse.GetValue(_include) ?? [],
            Exclude = parse.GetValue(_exclude) ?? [],
            Jsonl = jsonl,
            Field = field,
            ExplainField = explainField,
            OnError = parse.GetValue(_onError) == "skip" ? RecordErrorPolicy.Skip : RecordErrorPolicy.Fail,
            Explain = explain,
            Format = format,
            Jobs = parse.GetValue(_jobs),
            Quiet = parse.GetValue(_quiet),
            Decode = new DecodeOptions(ParseEncoding(parse.GetValue(_encoding)), parse.GetValue(_lenient)),
        };
    }

    private static Encoding? ParseEncoding(string? name)
    {
        if (name is null)
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--encoding: unknown encoding '{name}' (try utf-8, latin1, windows-1252, utf-16)", ex);
        }
    }
}
