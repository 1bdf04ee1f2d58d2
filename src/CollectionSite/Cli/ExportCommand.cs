using System.CommandLine;
using System.Globalization;
using CollectionSite.Export;
using CollectionSite.Pipeline;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `export --format csv|json [--output FILE]`: the collection with its enrichment, one row per owned copy
/// (<see cref="ExportRow"/>), to a file (written whole, then moved into place) or to standard output. Reads only; it
/// takes no run lock, so it works while a build runs.
/// </summary>
public static class ExportCommand
{
    public const string Csv = "csv";
    public const string Json = "json";

    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "csv (opens in spreadsheets) or json", HelpName = "FORMAT", DefaultValueFactory = _ => Csv }
            .AcceptOnlyFromAmong(Csv, Json);
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)", HelpName = "FILE" };
        var command = new Command("export", "Export the collection with its enrichment as CSV or JSON, one row per owned copy") { format, output };
        foreach (var option in options.StateOnly)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) => CommandRunner.RunAsync(
            options.StateInvocation(result), console, error, (context, ct) => RunAsync(context, result.GetValue(format)!, result.GetValue(output), ct), token));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string format, string? output, CancellationToken cancellationToken)
    {
        var rows = await context.Get<CollectionExport>().GetRowsAsync(cancellationToken);
        if (output is null)
        {
            var writer = context.Console.Profile.Out.Writer;
            await (format == Json ? JsonExport.WriteAsync(writer, rows, cancellationToken) : CsvExport.WriteAsync(writer, rows, cancellationToken));
            await writer.FlushAsync(cancellationToken);
            return (int)ExitCode.Success;
        }

        var target = Path.GetFullPath(output);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        // Written beside the target and moved over it, so an interrupted export never leaves half a file under the name.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await (format == Json ? JsonExport.WriteAsync(file, rows, cancellationToken) : CsvExport.WriteAsync(file, rows, cancellationToken));
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        var bytes = new FileInfo(target).Length.ToString("N0", CultureInfo.InvariantCulture);
        context.WriteLine($"Exported {rows.Count} copies ({rows.Select(r => r.ReleaseId).Distinct().Count()} releases) as {format.ToUpperInvariant()} to {target} ({bytes} bytes).");
        return (int)ExitCode.Success;
    }
}
