using System.Diagnostics;

namespace CollectionSite.Tests.Fakes;

/// <summary>Runs the real Hugo (Debian's 0.111.3 on our machines and in CI) the way a user or CI would.</summary>
public static class HugoCli
{
    public const string NotFound = "hugo not found: run scripts/test.sh or apt-get install -y hugo";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Executable =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "hugo.exe" : "hugo"))
            .FirstOrDefault(File.Exists)
        ?? throw new AssertionException(NotFound);

    /// <summary>`hugo --printPathWarnings --panicOnWarning`: any WARN (duplicate paths, deprecations, warnf) fails.</summary>
    public static Task<(int ExitCode, string Output)> BuildAsync(string siteDirectory, string publishDirectory, string cacheDirectory) =>
        RunAsync(siteDirectory, "--source", siteDirectory, "--printPathWarnings", "--panicOnWarning", "--cacheDir", cacheDirectory, "-d", publishDirectory);

    /// <summary>Runs hugo with <paramref name="arguments"/>; returns the exit code and stdout followed by stderr.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
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
}
