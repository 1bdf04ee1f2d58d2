using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CollectionSite.Configuration;

namespace CollectionSite.Cli;

/// <summary>`doctor`'s local lines: Hugo on the PATH and its version, write access to the state and output folders, free disk space.</summary>
public static partial class LocalChecks
{
    /// <summary>The oldest Hugo the generated site is built and tested with (Debian's; hugo.toml needs 0.110+).</summary>
    public static readonly Version MinimumHugo = new(0, 111, 3);

    /// <summary>Below this much free space on the state folder's drive a build may fail half-way (artwork originals and
    /// renditions of a large collection take a few hundred MB).</summary>
    public const long MinimumFreeBytes = 500L * 1024 * 1024;

    public static async Task<IReadOnlyList<DoctorCheck>> RunAsync(AppSettings settings, string hugoCommand, CancellationToken cancellationToken) =>
    [
        await HugoAsync(hugoCommand, cancellationToken),
        Writable("state folder", settings.Paths.State, "Paths:State (--state)"),
        Writable("output folder", settings.Paths.Output, "Paths:Output (--output)"),
        FreeSpace(settings.Paths.State),
        await StateDatabaseAsync(settings.Paths.State, cancellationToken),
    ];

    public static async Task<DoctorCheck> HugoAsync(string hugoCommand, CancellationToken cancellationToken)
    {
        const string fix = "install Hugo 0.111.3 or newer (https://gohugo.io/installation/, or apt-get install hugo) and put it on the PATH";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(hugoCommand, "version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })
                ?? throw new Win32Exception("the process did not start");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (HugoVersion().Match(output) is not { Success: true } match || !Version.TryParse(match.Groups["v"].Value, out var version))
            {
                return DoctorCheck.Fail("Hugo", $"'{hugoCommand} version' printed no version", fix);
            }

            var line = output.Trim().Split('\n')[0].Trim();
            return version >= MinimumHugo
                ? DoctorCheck.Pass("Hugo", line)
                : DoctorCheck.Fail("Hugo", $"{line} is older than {MinimumHugo}", fix);
        }
        catch (Win32Exception)
        {
            return DoctorCheck.Fail("Hugo", $"'{hugoCommand}' was not found", fix);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DoctorCheck.Fail("Hugo", $"'{hugoCommand} version' did not finish within 20 s", fix);
        }
    }

    /// <summary>Writes and deletes a probe file in the folder or, when it does not exist yet, in its nearest existing
    /// parent (where a build would create it); doctor creates nothing.</summary>
    public static DoctorCheck Writable(string subject, string folder, string key)
    {
        var full = Path.GetFullPath(folder);
        var existing = new DirectoryInfo(full);
        while (!existing.Exists && existing.Parent is { } parent)
        {
            existing = parent;
        }

        var where = existing.FullName == full ? full : $"{full} does not exist yet; {existing.FullName}";
        try
        {
            var probe = Path.Combine(existing.FullName, $".collectionsite-doctor-{Guid.NewGuid():N}.tmp");
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
            return DoctorCheck.Pass(subject, $"{where} is writable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DoctorCheck.Fail(subject, $"{where} cannot be written ({ex.Message})", $"fix the folder's permissions or point {key} at a writable folder");
        }
    }

    public static DoctorCheck FreeSpace(string stateFolder)
    {
        var drive = new DriveInfo(Path.GetPathRoot(Path.GetFullPath(stateFolder))!);
        var free = drive.AvailableFreeSpace;
        var text = $"{(free / (1024.0 * 1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} GB free on {drive.Name}";
        return free >= MinimumFreeBytes
            ? DoctorCheck.Pass("disk space", text)
            : DoctorCheck.Fail("disk space", text, $"free at least {MinimumFreeBytes / (1024 * 1024)} MB there, or move Paths:State to another drive");
    }

    [GeneratedRegex(@"v(?<v>\d+\.\d+\.\d+)")]
    private static partial Regex HugoVersion();
}
