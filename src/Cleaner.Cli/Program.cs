using System;
using System.Text;
using Cleaner.Cli.Commands;

// Legacy code pages (windows-1252 and friends) for --encoding.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var console = new CliConsole(
    Console.OpenStandardInput(),
    Console.OpenStandardOutput(),
    Console.Error,
    OutputIsTerminal: !Console.IsOutputRedirected,
    ErrorIsTerminal: !Console.IsErrorRedirected);
return await new CleanCommand(console).InvokeAsync(args).ConfigureAwait(false);
