using System;
using System.CommandLine;
using System.CommandLine.Parsing;

namespace Cleaner.Cli.Commands;

/// <summary>The arguments and options of <c>clean</c>, with their help text, defaults and allowed values.</summary>
internal sealed class CleanSymbols
{
    /// <summary>The longest <c>--timeout</c>: waits take whole milliseconds that must fit an <see cref="int"/> (about 24 days).</summary>
    public const int MaxTimeoutSeconds = int.MaxValue / 1000;

    public CleanSymbols()
    {
        OnError.AcceptOnlyFromAmong("fail", "skip");
        OnLimit.AcceptOnlyFromAmong("fail", "pass-through");
        AtLeast(MaxDocumentLength, 1);
        AtLeast(MaxLineCount, 1);
        AtLeast(MaxLineLength, 16);
        Timeout.Validators.Add(result =>
        {
            if (TryGetValue(result, out double seconds) && (double.IsNaN(seconds) || seconds < 0 || seconds > MaxTimeoutSeconds))
            {
                result.AddError($"--timeout must be a number of seconds from 0 (none) to {MaxTimeoutSeconds}.");
            }
        });
        Format.AcceptOnlyFromAmong("text", "json");
        Preset.AcceptOnlyFromAmong("precision", "balanced", "recall");
        Jobs.Validators.Add(result =>
        {
            if (TryGetValue(result, out int jobs) && jobs < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
    }

    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Files and folders to clean (folders recursively); none or '-' reads standard input.",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write each cleaned document to DIR under its path relative to the folder it was found in (HTML inputs get .txt).",
        HelpName = "DIR",
    };

    public Option<bool> InPlace { get; } = new("--in-place")
    {
        Description = "Replace each input file with its cleaned version (atomically: temporary file, then rename).",
    };

    public Option<string[]> Include { get; } = new("--include")
    {
        Description = "Glob of files to take from folders, relative to the folder (repeatable; default **/*).",
        HelpName = "GLOB",
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Glob of files to leave out of folders (repeatable).",
        HelpName = "GLOB",
    };

    public Option<bool> Jsonl { get; } = new("--jsonl")
    {
        Description = "Inputs are JSON Lines: clean one string field per record, keep every other field as it is.",
    };

    public Option<string> Field { get; } = new("--field")
    {
        Description = "The JSONL field to clean.",
        HelpName = "NAME",
        DefaultValueFactory = _ => "text",
    };

    public Option<string?> ExplainField { get; } = new("--explain-field")
    {
        Description = "With --jsonl: add the removed segments (line, kind, score, rule, text) to this field of each record.",
        HelpName = "NAME",
    };

    public Option<string> OnError { get; } = new("--on-error")
    {
        Description = "With --jsonl, for a malformed record: 'fail' reports it and stops that input (exit 1); 'skip' reports it, counts it and writes the line through unchanged.",
        DefaultValueFactory = _ => "fail",
    };

    public Option<int?> MaxDocumentLength { get; } = new("--max-document-length")
    {
        Description = "The longest document cleaned, in characters (default 67108864); also the largest HTML page. A file over 4 bytes per character is refused unread.",
        HelpName = "N",
    };

    public Option<int?> MaxLineCount { get; } = new("--max-line-count")
    {
        Description = "The most lines a document may have (default 4194304).",
        HelpName = "N",
    };

    public Option<int?> MaxLineLength { get; } = new("--max-line-length")
    {
        Description = "The longest line classified, in characters (default 65536, at least 16); longer lines are kept as they are.",
        HelpName = "N",
    };

    public Option<string> OnLimit { get; } = new("--on-limit")
    {
        Description = "For a document (or JSONL record) over a limit or past --timeout: 'fail' reports it as failed (exit 1); 'pass-through' writes it unchanged and reports it.",
        DefaultValueFactory = _ => "fail",
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "The seconds one document's (or record's) cleaning may take before it is given up as timed out; 0 for none.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 60,
    };

    public Option<bool> Explain { get; } = new("--explain")
    {
        Description = "Show the document with every line marked kept (+) or removed (-), with kind, score and rule; coloured on a terminal.",
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "'text' writes the cleaned text; 'json' the full result (segments, offsets, line numbers, kinds, scores, rules).",
        DefaultValueFactory = _ => "text",
    };

    public Option<string> Preset { get; } = new("--preset")
    {
        Description = "How eager cleaning is: precision removes only sure residue, recall removes more.",
        DefaultValueFactory = _ => "balanced",
    };

    public Option<string[]> Disable { get; } = new("--disable")
    {
        Description = "Keep lines of this residue kind (repeatable or comma-separated).",
        HelpName = "KIND",
    };

    public Option<string[]> Enable { get; } = new("--enable")
    {
        Description = "Remove lines of this residue kind, e.g. attribution (repeatable or comma-separated).",
        HelpName = "KIND",
    };

    public Option<string?> Rules { get; } = new("--rules")
    {
        Description = "User rules: one per line, 'kind<TAB>exact|prefix|label|suffix|contains<TAB>phrase' or 'kind<TAB>pattern<TAB>regex'; # comments.",
        HelpName = "FILE",
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Documents or records cleaned at once; output order is always the input order.",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress bar, warnings or summary; errors are still reported.",
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "Decode inputs with this encoding (e.g. latin1, windows-1252) instead of UTF-8; a UTF-16 BOM still wins.",
        HelpName = "NAME",
    };

    public Option<bool> Html { get; } = new("--html")
    {
        Description = "Treat inputs as HTML pages (standard input, JSONL fields and files of any extension); .html/.htm files always are.",
    };

    public Option<bool> Lenient { get; } = new("--lenient")
    {
        Description = "Replace invalid UTF-8 bytes with U+FFFD instead of failing the input.",
    };

    private static void AtLeast(Option<int?> option, int minimum) => option.Validators.Add(result =>
    {
        if (TryGetValue(result, out int? value) && value < minimum)
        {
            result.AddError($"{option.Name} must be at least {minimum}.");
        }
    });

    /// <summary>
    /// The option's value, or <see langword="false"/> when it does not convert: validators run even then, and the
    /// conversion error is reported on its own as a usage error.
    /// </summary>
    private static bool TryGetValue<T>(OptionResult result, out T? value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>The root command holding every symbol; the caller sets its action.</summary>
    public RootCommand CreateRootCommand() =>
        new("Removes scraper residue (comment prompts, read-more links, captions, share prompts, timestamps, widgets, footers) from news articles.")
        {
            Paths, Output, InPlace, Include, Exclude, Jsonl, Field, ExplainField, OnError,
            MaxDocumentLength, MaxLineCount, MaxLineLength, OnLimit, Timeout, Explain, Format,
            Preset, Disable, Enable, Rules, Jobs, Quiet, Encoding, Lenient, Html,
        };
}
