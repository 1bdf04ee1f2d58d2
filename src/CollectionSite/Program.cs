using System.Runtime.InteropServices;
using CollectionSite.Cli;

// Ctrl+C and SIGTERM cancel the run cleanly (in-flight requests are cancelled, finished work is committed,
// exit 130). A second Ctrl+C is not intercepted, so it ends the process at once.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    if (!cancellation.IsCancellationRequested)
    {
        context.Cancel = true;
        cancellation.Cancel();
    }
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
// In a CI log or a pipe: plain text (no escape codes, no live progress) and no wrapping at all.
var console = Consoles.ForStandardOutput(Console.Out, Console.IsOutputRedirected);
return await CliApplication.RunAsync(args, console, Console.Error, cancellation.Token);
