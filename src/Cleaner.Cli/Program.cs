using System;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Cleaner.Cli.Commands;

// Legacy code pages (windows-1252 and friends) for --encoding.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

// The first Ctrl+C or SIGTERM asks the run to stop after the current document, so no output is left half-written;
// a second one terminates at once.
using var interrupt = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    if (!interrupt.IsCancellationRequested)
    {
        context.Cancel = true;
        interrupt.Cancel();
    }
}

using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

var console = new CliConsole(
    Console.OpenStandardInput(),
    Console.OpenStandardOutput(),
    Console.Error,
    OutputIsTerminal: !Console.IsOutputRedirected,
    ErrorIsTerminal: !Console.IsErrorRedirected);
return await new CleanCommand(console).InvokeAsync(args, interrupt.Token).ConfigureAwait(false);
