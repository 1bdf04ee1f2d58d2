using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>The two CLI processes of one collection: the cold `harvest` and the `build` that renders after it.</summary>
internal sealed record MemoryCollectionRun(int Releases, ChildRun Harvest, ChildRun Build)
{
    public long PeakRssBytes => Math.Max(Harvest.PeakRssBytes, Build.PeakRssBytes);

    /// <summary>
    /// Serves a synthetic collection of <paramref name="releases"/> from a fake Discogs and runs the real CLI (its own build
    /// output, as a child) against it in <paramref name="folder"/>: `harvest` (listing, details, masters, artists), then
    /// `build` (the listing's first page, nothing left to fetch, artwork from overrides only, the site's pages). No
    /// enrichment source is configured. Throws when either process fails, with the end of what it printed.
    /// </summary>
    public static async Task<MemoryCollectionRun> RunAsync(int releases, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var root = BenchArguments.RepositoryRoot();
        var payloads = new MemoryDiscogsPayloads(new EnrichmentCollection(releases), Path.Combine(root, "tests", "CollectionSite.Tests", "TestData", "real", "discogs"));
        await using var server = await MemoryDiscogsServer.StartAsync(payloads, cancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["COLLECTIONSITE_Discogs__Username"] = MemoryDiscogsServer.Username,
            ["COLLECTIONSITE_Discogs__Token"] = "bench-token-not-secret",
            ["COLLECTIONSITE_Discogs__BaseUrl"] = server.BaseUrl,
            // The most the settings allow: the fake enforces no limit, so the run is bound by the CLI, not by waiting.
            ["COLLECTIONSITE_Discogs__RequestsPerMinute"] = "6000",
            ["COLLECTIONSITE_Discogs__RateLimitWindowSeconds"] = "1",
            ["COLLECTIONSITE_Paths__State"] = Path.Combine(folder, "state"),
            ["COLLECTIONSITE_Paths__Output"] = Path.Combine(folder, "site"),
            // No image is downloaded: the artwork stages run, with the collector's overrides (none) as the only source.
            ["COLLECTIONSITE_Artwork__Sources"] = "override",
            ["COLLECTIONSITE_Artwork__ArtistSources"] = "override",
        };
        var harvest = await RunCliAsync(folder, "harvest", environment, cancellationToken);
        var build = await RunCliAsync(folder, "build", environment, cancellationToken);
        return new MemoryCollectionRun(releases, harvest, build);
    }

    /// <summary>The CLI's own build output in the bench's configuration (Release when the bench runs as documented).</summary>
    public static string CliPath()
    {
        var benchOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(BenchArguments.RepositoryRoot(), "src", "CollectionSite", "bin", benchOutput.Parent!.Name, benchOutput.Name, "CollectionSite.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The CLI is not built at {path}: build the bench (it builds the CLI).", path);
    }

    private static async Task<ChildRun> RunCliAsync(string folder, string command, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var run = await ChildPeakRss.RunAsync(folder, ["dotnet", CliPath(), command], environment, command, cancellationToken);
        if (run.ExitCode != 0)
        {
            var tail = string.Join(Environment.NewLine, File.ReadLines(run.ErrorPath).Concat(File.ReadLines(run.OutputPath)).TakeLast(20));
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"`{command}` exited {run.ExitCode} in {folder}:{Environment.NewLine}{tail}"));
        }

        return run;
    }
}
