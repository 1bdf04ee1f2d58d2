using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>
/// Peak memory of a large collection: the real CLI (a child process, its own Release build) harvests N synthetic releases
/// with their masters and artists from a fake Discogs over HTTP and then builds the site; the figure is the larger of the
/// two processes' peak resident sets (each one's VmHWM, see ChildPeakRss), against the same two commands on a 10-release collection
/// measured in the same run (the runtime's and the app's fixed cost) and against the goal (250 MB at 50,000 releases).
/// </summary>
internal static class PeakMemoryBenchmark
{
    public const string Mode = "memory";

    public const string Usage = """
          memory [--releases N[,N...]] [--keep]
            --releases N    synthetic releases per measured collection (default 50000); several: one row each
            --keep          keep the temp folder (state databases, sites, the CLI's output) and print its path
        """;

    /// <summary>The goal of issue #14: peak resident set of a 50,000-release harvest and render.</summary>
    public const long GoalBytes = 250L * 1000 * 1000;

    private const int ReferenceReleases = 10;

    /// <summary>
    /// Runs the reference collection, then <paramref name="releases"/>, each in a folder of its own under
    /// <paramref name="workFolder"/> (created; left for the caller to delete). Throws when a CLI run fails.
    /// </summary>
    internal static async Task<PeakMemoryResult> MeasureAsync(int releases, string workFolder, CancellationToken cancellationToken)
    {
        var reference = await MemoryCollectionRun.RunAsync(ReferenceReleases, Path.Combine(workFolder, "reference"), cancellationToken);
        var measured = await MemoryCollectionRun.RunAsync(releases, Path.Combine(workFolder, Invariant($"releases-{releases}")), cancellationToken);
        return new PeakMemoryResult(measured.PeakRssBytes, reference.PeakRssBytes, ReferenceName, measured.Harvest.Wall, measured.Build.Wall);
    }

    public static string ReferenceName => Invariant($"harvest + build of {ReferenceReleases} releases");

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var sizes = (args.Option("--releases") ?? "50000").Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToList();
        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-memory-bench-{Guid.NewGuid():N}");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        Console.WriteLine($"CLI: {MemoryCollectionRun.CliPath()}; fake Discogs on 127.0.0.1 (no limit; the CLI at 6000 requests/s); no enrichment source; artwork from overrides only");
        var reference = await MemoryCollectionRun.RunAsync(ReferenceReleases, Path.Combine(root, "reference"), cancellation.Token);
        Console.WriteLine($"{"releases",9}{"harvest MB",12}{"build MB",10}{"peak MB",9}{"÷ ref",7}{"harvest s",11}{"build s",9}  goal");
        Print(reference, reference.PeakRssBytes);
        foreach (var size in sizes)
        {
            Print(await MemoryCollectionRun.RunAsync(size, Path.Combine(root, Invariant($"releases-{size}")), cancellation.Token), reference.PeakRssBytes);
        }

        Console.WriteLine($"reference: {ReferenceName}; MB = 10^6 bytes; peak = the larger of the two processes' VmHWM; load average {ChildCpuTime.LoadAverage() ?? "-"}");
        if (args.Has("--keep"))
        {
            Console.WriteLine($"kept {root}");
        }
        else
        {
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static void Print(MemoryCollectionRun run, long reference)
    {
        var goal = run.Releases >= 50_000 ? (run.PeakRssBytes <= GoalBytes ? "≤ 250 MB: met" : "≤ 250 MB: MISSED") : "";
        Console.WriteLine(Invariant(
            $"{run.Releases,9}{Megabytes(run.Harvest.PeakRssBytes),12}{Megabytes(run.Build.PeakRssBytes),10}{Megabytes(run.PeakRssBytes),9}{(double)run.PeakRssBytes / reference,7:F2}{run.Harvest.Wall.TotalSeconds,11:F1}{run.Build.Wall.TotalSeconds,9:F1}  {goal}"));
    }

    private static string Megabytes(long bytes) => (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
