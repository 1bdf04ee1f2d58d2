using System.Diagnostics;
using System.Globalization;
using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Bench;

/// <summary>
/// Artwork throughput: synthetic covers rendered by our processor (in a child process, parallel up to the core
/// count) and by a vipsthumbnail batch from the same inputs to the same sizes and formats, measured in one run.
/// </summary>
internal static class ArtworkBenchmark
{
    public const int JpegQuality = 85;
    public const int WebPQuality = 80;

    public const string Usage = """
          artwork [--count N] [--parallel P] [--rounds R] [--keep]
            --count N       synthetic covers, 1400-2000 px (default 200)
            --parallel P    images processed at once by each side (default: the core count)
            --rounds R      runs of each side, alternating which goes first; the best of each is shown (default 1)
            --keep          keep the temp folder (inputs and both outputs) and print its path
        """;

    public static IReadOnlyList<int> Sizes { get; } = [1200, 600, 300];

    /// <summary>The site's renditions of one cover: every size in JPEG and WebP, named "stem-size.jpg/.webp".</summary>
    public static IReadOnlyList<RenditionRequest> Requests(string stemPath) =>
        [.. Sizes.SelectMany(size => new[]
        {
            new RenditionRequest(size, RenditionFormat.Jpeg, JpegQuality, string.Create(CultureInfo.InvariantCulture, $"{stemPath}-{size}.jpg")),
            new RenditionRequest(size, RenditionFormat.WebP, WebPQuality, string.Create(CultureInfo.InvariantCulture, $"{stemPath}-{size}.webp")),
        })];

    public static async Task<int> RunAsync(BenchArguments args)
    {
        var count = int.Parse(args.Option("--count") ?? "200", CultureInfo.InvariantCulture);
        var parallel = int.Parse(args.Option("--parallel") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var rounds = int.Parse(args.Option("--rounds") ?? "1", CultureInfo.InvariantCulture);
        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-artwork-bench-{Guid.NewGuid():N}");
        var comparison = await CompareAsync(root, count, parallel, rounds);

        Console.WriteLine();
        Console.WriteLine($"{"side (best of " + rounds + ")",-32}{"covers",7}{"files",7}{"seconds",9}{"covers/s",10}{"CPU s",8}{"covers/CPU s",14}{"MB out",8}{"peak MB",9}");
        Console.WriteLine(comparison.Ours.Row());
        if (comparison is { Theirs: { } baseline, Ratio: { } ratio })
        {
            Console.WriteLine(baseline.Row());
            Console.WriteLine();
            Console.WriteLine($"throughput ours/vipsthumbnail: {ratio:F2} (goal at least 0.90: {(ratio >= 0.9 ? "met" : "NOT met")})");
            if (comparison.Ours.CoversPerCpuSecond is { } a && baseline.CoversPerCpuSecond is { } b)
            {
                Console.WriteLine($"per CPU second ours/vipsthumbnail: {a / b:F2}");
            }

            Console.WriteLine($"vipsthumbnail: {parallel} chunks x {Sizes.Count * 2} size/format = {parallel * Sizes.Count * 2} processes per round, {parallel} at a time, each decoding its inputs again");
        }

        Console.WriteLine($"load average (1 min) at the end: {ChildCpuTime.LoadAverage() ?? "-"} on {Environment.ProcessorCount} cores (other work on the machine slows wall time, not CPU time)");
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

    /// <summary>
    /// Generates <paramref name="count"/> covers in root/covers and renders them with each side, <paramref name="rounds"/>
    /// times alternating which goes first (so neither always meets a warm or a cold page cache); the best run of each.
    /// </summary>
    public static async Task<ArtworkComparison> CompareAsync(string root, int count, int parallel, int rounds)
    {
        var input = Path.Combine(root, "covers");
        var generating = Stopwatch.StartNew();
        var covers = SyntheticCovers.Create(input, count, seed: 20_240_601);
        Console.WriteLine($"generated {count} covers 1400-2000 px ({Kinds(covers)}), {Megabytes(FolderBytes(input))} MB, in {generating.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"each side: sizes {string.Join("/", Sizes)} px, JPEG q{JpegQuality} progressive + WebP q{WebPQuality}, {parallel} images at a time, {Environment.ProcessorCount} cores, {rounds} round(s)");
        var cli = VipsThumbnailBatch.Find();
        if (cli is null)
        {
            Console.WriteLine("vipsthumbnail not found: install it with `apt-get install -y libvips-tools` to compare; skipped");
        }

        var ours = new List<SideRun>();
        var theirs = new List<SideRun>();
        for (var round = 0; round < rounds; round++)
        {
            var oursFirst = round % 2 == 0;
            if (oursFirst)
            {
                ours.Add(await RunOursAsync(input, Path.Combine(root, "ours"), parallel));
            }

            if (cli is not null)
            {
                theirs.Add(await RunVipsThumbnailAsync(cli, covers, Path.Combine(root, "vipsthumbnail"), parallel));
            }

            if (!oursFirst)
            {
                ours.Add(await RunOursAsync(input, Path.Combine(root, "ours"), parallel));
            }
        }

        return new ArtworkComparison(ours.MinBy(run => run.Seconds)!, theirs.MinBy(run => run.Seconds));
    }

    private static async Task<SideRun> RunOursAsync(string input, string output, int parallel)
    {
        var cpuBefore = ChildCpuTime.Seconds();
        Recreate(output);
        var result = await ArtworkWorker.RunInChildAsync(input, output, parallel);
        var cpu = ChildCpuTime.Seconds() - cpuBefore;
        return new SideRun($"ours (libvips {result["libvips"]})", (int)Value(result, "covers"), (int)Value(result, "files"), Value(result, "seconds"), (long)Value(result, "bytes"), (long)Value(result, "peak"), cpu);
    }

    private static async Task<SideRun> RunVipsThumbnailAsync(string cli, IReadOnlyList<string> covers, string output, int parallel)
    {
        var version = await VipsThumbnailBatch.VersionAsync(cli);
        Recreate(output);
        var cpuBefore = ChildCpuTime.Seconds();
        var (elapsed, failed) = await VipsThumbnailBatch.RunAsync(cli, covers, output, parallel);
        var cpu = ChildCpuTime.Seconds() - cpuBefore;
        if (failed > 0)
        {
            Console.WriteLine($"{failed} vipsthumbnail processes failed");
        }

        var files = Directory.GetFiles(output);
        return new SideRun($"vipsthumbnail ({version})", covers.Count, files.Length, elapsed.TotalSeconds, files.Sum(f => new FileInfo(f).Length), null, cpu);
    }

    private static void Recreate(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
    }

    private static double Value(Dictionary<string, string> result, string key) => double.Parse(result[key], CultureInfo.InvariantCulture);

    private static string Kinds(IReadOnlyList<string> covers)
    {
        var cmyk = covers.Count(c => c.EndsWith(".jpg", StringComparison.Ordinal) && SyntheticCovers.IsCmyk(c));
        var png = covers.Count(c => c.EndsWith(".png", StringComparison.Ordinal));
        return $"{covers.Count - cmyk - png} sRGB JPEG, {cmyk} CMYK JPEG, {png} PNG";
    }

    private static long FolderBytes(string folder) => Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);

    internal static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("F1", CultureInfo.InvariantCulture);
}
