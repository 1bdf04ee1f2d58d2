using System.CommandLine;
using System.Globalization;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `backup [--keep N] [--to DIR]`: copies the state database with SQLite's online backup API (<see cref="StateBackup"/>)
/// to a timestamped file, runs <c>PRAGMA integrity_check</c> on the copy and keeps the newest N backups. Takes no run
/// lock: the backup API reads a consistent snapshot while a build writes. Exit 1 when the copy is not sound.
/// </summary>
public static class BackupCommand
{
    /// <summary>Backups kept when --keep is not given: a week of nightly runs.</summary>
    public const int DefaultKeep = 7;

    /// <summary>The folder under the state folder that holds the backups when --to is not given.</summary>
    public const string DefaultFolder = "backups";

    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var keep = NumberArguments.WholeNumber("--keep", "a whole number of at least 1", n => n >= 1, DefaultKeep, $"How many backups to keep, the newest (default {DefaultKeep})");
        var folder = new Option<string?>("--to") { Description = $"Folder for the backups (default: <state>/{DefaultFolder})", HelpName = "DIR" };
        var command = new Command("backup", "Copy the state database to a timestamped, integrity-checked file; keep the newest N") { keep, folder };
        foreach (var option in options.StateOnly)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) => CommandRunner.RunAsync(
            options.StateInvocation(result), console, error, (context, ct) => RunAsync(context, result.GetValue(keep), result.GetValue(folder), ct), token));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, int keep, string? folder, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(folder ?? Path.Combine(context.Settings.Paths.State, DefaultFolder));
        var backup = await context.Get<StateBackup>().CreateAsync(directory, keep, cancellationToken);
        context.WriteLine($"Backup: {backup.FilePath} ({backup.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
        context.WriteLine($"Integrity check: {backup.IntegrityCheck}");
        if (!backup.IsSound)
        {
            await context.Error.WriteLineAsync(
                $"The backup {backup.FilePath} failed PRAGMA integrity_check, so no older backup was deleted. The state database may be damaged: keep the older backups, and run `collectionsite backup` again; if it fails again, restore the newest sound backup.");
            return (int)ExitCode.Aborted;
        }

        foreach (var deleted in backup.Deleted)
        {
            context.WriteLine($"Deleted old backup: {deleted}");
        }

        context.WriteLine($"Kept the newest {Math.Min(keep, StateBackup.List(directory).Count)} of at most {keep} backups in {directory}.");
        return (int)ExitCode.Success;
    }
}
