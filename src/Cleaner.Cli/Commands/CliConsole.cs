using System.IO;

namespace Cleaner.Cli.Commands;

/// <summary>The process's standard streams and whether they are terminals.</summary>
/// <param name="Input">Standard input, as bytes.</param>
/// <param name="Output">Standard output, as bytes.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OutputIsTerminal">Whether standard output is a terminal (colours for <c>--explain</c>).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (the progress bar).</param>
internal sealed record CliConsole(Stream Input, Stream Output, TextWriter Error, bool OutputIsTerminal, bool ErrorIsTerminal);
