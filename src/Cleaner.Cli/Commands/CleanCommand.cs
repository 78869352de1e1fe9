using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Threading;
using System.Threading.Tasks;

namespace Cleaner.Cli.Commands;

/// <summary>
/// The <c>clean</c> command: parses the command line with System.CommandLine (usage errors exit with 2), validates it
/// into <see cref="CleanOptions"/> and a pipeline, and hands them to <see cref="CleanRun"/>.
/// </summary>
internal sealed class CleanCommand
{
    private readonly CleanSymbols _symbols = new();
    private readonly CliConsole _console;

    public CleanCommand(CliConsole console)
    {
        _console = console;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command until done or <paramref name="interrupt"/>; returns the exit code.</summary>
    public async Task<int> InvokeAsync(string[] args, CancellationToken interrupt)
    {
        RootCommand root = _symbols.CreateRootCommand();
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
            options = CleanOptionsBinder.Bind(parse, _symbols);
            pipeline = CleanOptionsBinder.BuildPipeline(parse, _symbols, options);
        }
        catch (UsageException ex)
        {
            await _console.Error.WriteLineAsync($"clean: {ex.Message}").ConfigureAwait(false);
            await _console.Error.WriteLineAsync("Run 'clean --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        return await new CleanRun(options, pipeline, _console).RunAsync(cancellation).ConfigureAwait(false);
    }
}
