using System.CommandLine;
using System.Globalization;
using CollectionSite.Artwork;
using CollectionSite.Corrections;
using CollectionSite.Domain;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// `artwork [--stats] [--gc]`: what the artwork folder holds (originals, cached renditions, images by source,
/// failures), and with --gc first deletes what no release or artist uses, saying how much it freed.
/// </summary>
public static class ArtworkCommand
{
    public static Command Create(CliOptions options, IAnsiConsole console, TextWriter error)
    {
        var stats = new Option<bool>("--stats") { Description = "Print artwork counts and bytes (also what a bare `artwork` does)" };
        var gc = new Option<bool>("--gc") { Description = "Delete originals and resized files no release or artist uses, then print the counts" };
        var command = new Command("artwork", "Show the artwork counts and bytes, or delete unused artwork with --gc") { stats, gc };
        foreach (var option in options.StateOnly)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) => CommandRunner.RunAsync(
            options.StateInvocation(result), console, error, (context, ct) => RunAsync(context, result.GetValue(gc), ct), token));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, bool collect, CancellationToken cancellationToken)
    {
        var folder = context.Get<ArtworkPaths>().Root;
        if (collect)
        {
            // Never while a run downloads or resizes into the same folder.
            using var stateLock = StateLock.Acquire(context.Settings.Paths.State, "artwork --gc");
            var report = await context.Get<ArtworkGarbageCollector>().CollectAsync(cancellationToken);
            context.WriteLine(Invariant(
                $"Deleted {report.Originals} original(s) ({Bytes(report.OriginalBytes)}) and {report.Renditions} resized file(s) ({Bytes(report.RenditionBytes)}) no release or artist uses: {Bytes(report.BytesFreed)} freed."));
        }

        foreach (var line in Describe(await context.Get<ArtworkRepository>().GetStatsAsync(cancellationToken), folder))
        {
            context.WriteLine(line);
        }

        return (int)ExitCode.Success;
    }

    /// <summary>The lines `artwork` prints (and `status` may reuse): files and bytes, images by source, failures.</summary>
    public static IEnumerable<string> Describe(ArtworkStats stats, string folder)
    {
        yield return $"Artwork in {folder}:";
        yield return Invariant($"  originals:  {stats.Originals} file(s), {Bytes(stats.OriginalBytes)}");
        yield return Invariant($"  renditions: {stats.Renditions} file(s), {Bytes(stats.RenditionBytes)} (each page bundle holds a copy of its own)");
        yield return Invariant($"  covers:     {stats.Items(ItemKinds.Release)}{BySource(stats, ItemKinds.Release)}");
        yield return Invariant($"  artists:    {stats.Items(ItemKinds.Artist)}{BySource(stats, ItemKinds.Artist)}");
        yield return Invariant($"  fallbacks:  {stats.WithFallback} image(s) came from a lower source after a better one failed");
        yield return Invariant($"  failures:   {stats.Failed} item(s) failed (tried again next build), {stats.DeadLetters} set aside (see `retry`)");
    }

    /// <summary>"12.3 MB": bytes in decimal units, one decimal (<see cref="OverrideText.Bytes"/>).</summary>
    public static string Bytes(long bytes) => OverrideText.Bytes(bytes);

    private static string BySource(ArtworkStats stats, string kind)
    {
        var parts = stats.BySource.Where(s => s.ItemKind == kind).Select(s => Invariant($"{s.Source} {s.Items}")).ToList();
        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
