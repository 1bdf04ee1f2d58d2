using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Bench;

/// <summary>
/// The artwork benchmark's measured half, run in a child process so its peak memory is the processor's alone
/// (not the cover generator's): renders every input to the site's sizes in JPEG and WebP, in parallel, and prints
/// one "result" line of key=value figures for the parent.
/// </summary>
internal static class ArtworkWorker
{
    public const string Mode = "artwork-worker";

    public static int Run(BenchArguments args)
    {
        var input = args.Option("--in") ?? throw new ArgumentException("--in is required");
        var output = args.Option("--out") ?? throw new ArgumentException("--out is required");
        var parallel = int.Parse(args.Option("--parallel") ?? "1", CultureInfo.InvariantCulture);
        var sources = Directory.GetFiles(input).Order(StringComparer.Ordinal).ToArray();
        var processor = new NetVipsImageProcessor();
        var failures = new ConcurrentBag<string>();
        long bytes = 0;
        var files = 0;

        var watch = Stopwatch.StartNew();
        Parallel.ForEach(sources, new ParallelOptions { MaxDegreeOfParallelism = parallel }, source =>
        {
            try
            {
                var rendered = processor.Render(source, ArtworkBenchmark.Requests(Path.Combine(output, Path.GetFileNameWithoutExtension(source))), CancellationToken.None);
                Interlocked.Add(ref bytes, rendered.Renditions.Sum(r => r.Bytes));
                Interlocked.Add(ref files, rendered.Renditions.Count);
            }
            catch (ImageRejectedException e)
            {
                failures.Add($"{Path.GetFileName(source)}: {e.Message}");
            }
        });
        watch.Stop();

        using var self = Process.GetCurrentProcess();
        foreach (var failure in failures)
        {
            Console.Error.WriteLine(failure);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"result seconds={watch.Elapsed.TotalSeconds:F3} covers={sources.Length - failures.Count} failed={failures.Count} files={files} bytes={bytes} peak={self.PeakWorkingSet64} cpu={self.TotalProcessorTime.TotalSeconds:F2} libvips={NetVipsImageProcessor.LibvipsVersion}"));
        return failures.IsEmpty ? 0 : 1;
    }

    /// <summary>Starts this program again in <see cref="Mode"/> and returns the key=value pairs of its result line.</summary>
    public static async Task<Dictionary<string, string>> RunInChildAsync(string input, string output, int parallel)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path to start the worker from.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ArtworkWorker).Assembly.Location);
        }

        foreach (var argument in new[] { ArtworkWorker.Mode, "--in", input, "--out", output, "--parallel", parallel.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var worker = Process.Start(start)!;
        var lines = await worker.StandardOutput.ReadToEndAsync();
        await worker.WaitForExitAsync();
        var result = lines.Split('\n').LastOrDefault(line => line.StartsWith("result ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The worker exited {worker.ExitCode} without a result: {lines}");
        return result.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
    }
}
