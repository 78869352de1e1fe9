using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text;
using Cleaner.Cli.Input;
using Cleaner.Cli.Limits;
using Cleaner.Cli.Rules;

namespace Cleaner.Cli.Commands;

/// <summary>
/// Turns a parse result into validated <see cref="CleanOptions"/> and the run's <see cref="CleanerPipeline"/>, throwing
/// <see cref="UsageException"/> for values or combinations that make no sense.
/// </summary>
internal static class CleanOptionsBinder
{
    /// <summary>Builds the pipeline: preset, kinds switched on or off, user rules.</summary>
    /// <exception cref="UsageException">A kind name or the rules file is wrong.</exception>
    public static CleanerPipeline BuildPipeline(ParseResult parse, CleanSymbols symbols, CleanOptions options)
    {
        List<UserRule> rules = parse.GetValue(symbols.Rules) is { } rulesPath ? RulesFile.Load(rulesPath) : [];
        CleanerPreset preset = parse.GetValue(symbols.Preset) switch
        {
            "precision" => CleanerPreset.Precision,
            "recall" => CleanerPreset.Recall,
            _ => CleanerPreset.Balanced,
        };
        return PipelineFactory.Build(
            preset,
            PipelineFactory.ParseKinds(parse.GetValue(symbols.Disable) ?? [], "--disable"),
            PipelineFactory.ParseKinds(parse.GetValue(symbols.Enable) ?? [], "--enable"),
            rules,
            options.Limits,
            includeKept: options.Explain || options.Format == OutputFormat.Json);
    }

    /// <summary>Reads and cross-checks the options.</summary>
    /// <exception cref="UsageException">Options conflict or a value is invalid.</exception>
    public static CleanOptions Bind(ParseResult parse, CleanSymbols symbols)
    {
        string[] paths = parse.GetValue(symbols.Paths) ?? [];
        string? output = parse.GetValue(symbols.Output);
        bool inPlace = parse.GetValue(symbols.InPlace);
        bool jsonl = parse.GetValue(symbols.Jsonl);
        bool explain = parse.GetValue(symbols.Explain);
        OutputFormat format = parse.GetValue(symbols.Format) == "json" ? OutputFormat.Json : OutputFormat.Text;
        string field = parse.GetValue(symbols.Field) ?? "text";
        string? explainField = parse.GetValue(symbols.ExplainField);
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
            Include = parse.GetValue(symbols.Include) ?? [],
            Exclude = parse.GetValue(symbols.Exclude) ?? [],
            Jsonl = jsonl,
            Field = field,
            ExplainField = explainField,
            OnError = parse.GetValue(symbols.OnError) == "skip" ? RecordErrorPolicy.Skip : RecordErrorPolicy.Fail,
            Limits = BindLimits(parse, symbols),
            Explain = explain,
            Format = format,
            Jobs = parse.GetValue(symbols.Jobs),
            Quiet = parse.GetValue(symbols.Quiet),
            Html = parse.GetValue(symbols.Html),
            Decode = new DecodeOptions(ParseEncoding(parse.GetValue(symbols.Encoding)), parse.GetValue(symbols.Lenient)),
        };
    }

    private static LimitOptions BindLimits(ParseResult parse, CleanSymbols symbols)
    {
        var defaults = new LimitOptions();
        double seconds = parse.GetValue(symbols.Timeout);
        return new LimitOptions
        {
            MaxDocumentLength = parse.GetValue(symbols.MaxDocumentLength) ?? defaults.MaxDocumentLength,
            MaxLineCount = parse.GetValue(symbols.MaxLineCount) ?? defaults.MaxLineCount,
            MaxLineLength = parse.GetValue(symbols.MaxLineLength) ?? defaults.MaxLineLength,
            OnLimit = parse.GetValue(symbols.OnLimit) == "pass-through" ? LimitPolicy.PassThrough : LimitPolicy.Fail,
            Timeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : null,
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
