using CollectionSite.Bench;

// Benchmarks that print figures measured in the run: "table" (the default: issue #14's one table, every figure against
// its reference and goal, reusing the modes below), "render" (pages and Hugo), "artwork" (image renditions
// against a vipsthumbnail batch), "hugo-images" (Hugo's cold build before and after pre-sized covers), "enrichment" (a cold
// build against rate-limited fake APIs, measured against the Discogs floor) "memory" (the CLI's peak resident set over a harvest and build of N releases) and "site" (the browse index's size and the
// time to a filtered view in Chromium on a large generated site, and Hugo's build time for it). "artwork-worker" is the artwork mode's child process, not meant to be typed.
var arguments = new BenchArguments(args);
return arguments.Mode switch
{
    "" or BenchmarkTable.Mode => await BenchmarkTable.RunAsync(arguments),
    "render" => await RenderBenchmark.RunAsync(arguments),
    "artwork" => await ArtworkBenchmark.RunAsync(arguments),
    "hugo-images" => await HugoImagesBenchmark.RunAsync(arguments),
    "enrichment" => await EnrichmentBenchmark.RunAsync(arguments),
    "site" => await SiteBenchmark.RunAsync(arguments),
    PeakMemoryBenchmark.Mode => await PeakMemoryBenchmark.RunAsync(arguments),
    ArtworkWorker.Mode => ArtworkWorker.Run(arguments),
    _ => PrintUsage(arguments.Mode),
};

static int PrintUsage(string mode)
{
    Console.WriteLine($"""
        usage: dotnet run -c Release --project bench/CollectionSite.Bench [-- MODE [options]]
        {BenchmarkTable.Usage}
        {RenderBenchmark.Usage}
        {ArtworkBenchmark.Usage}
        {HugoImagesBenchmark.Usage}
        {EnrichmentBenchmark.Usage}
        {SiteBenchmark.Usage}
        {PeakMemoryBenchmark.Usage}
        """);
    return mode == "help" ? 0 : 2;
}
