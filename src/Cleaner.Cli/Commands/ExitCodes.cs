namespace Cleaner.Cli.Commands;

/// <summary>The process exit codes <c>clean</c> returns; scripts rely on them, so they never change.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was cleaned.</summary>
    public const int Success = 0;

    /// <summary>At least one input (a file or a JSONL record) failed; the others were cleaned.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line, an option value or the rules file is wrong; nothing was cleaned.</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted (Ctrl+C or SIGTERM): output files finished so far are complete, none is partial.</summary>
    public const int Interrupted = 130;
}
