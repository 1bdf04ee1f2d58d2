using System.Diagnostics;

namespace CollectionSite.Tests.Rendering.Skeleton;

/// <summary>Runs the real Hugo (Debian's 0.111.3 on our machines) the way CI does.</summary>
internal static class HugoProcess
{
    public const string NotFound = "hugo not found: run scripts/test.sh or apt-get install -y hugo";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>`hugo --printPathWarnings --panicOnWarning -d public`: any WARN (duplicate paths, deprecations, warnf) fails.</summary>
    public static async Task<(int ExitCode, string Output)> BuildAsync(string siteDirectory, string publishDirectory, string cacheDirectory)
    {
        var executable = FindOnPath() ?? throw new AssertionException(NotFound);
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = siteDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--printPathWarnings", "--panicOnWarning", "--cacheDir", cacheDirectory, "-d", publishDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new AssertionException("hugo did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new AssertionException($"hugo did not finish within {Timeout}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindOnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "hugo.exe" : "hugo"))
            .FirstOrDefault(File.Exists);
}
