using static System.FormattableString;

namespace CollectionSite.Bench;

/// <summary>The artwork row (<see cref="ArtworkBenchmark"/>) and the peak-memory row (<see cref="PeakMemoryBenchmark"/>).</summary>
internal static class ArtworkAndMemoryRows
{
    public static Goal ArtworkGoal { get; } = Goal.AtLeast(0.9);

    /// <summary>Issue #14's budget for a 50,000-release harvest and render; MB = 10^6 bytes.</summary>
    public static Goal MemoryGoal { get; } = Goal.AtMost(250, " MB");

    public static async Task<IReadOnlyList<TableRow>> MeasureArtworkAsync(TableSizes sizes, string root, CancellationToken cancellationToken)
    {
        var comparison = await ArtworkBenchmark.CompareAsync(root, sizes.Covers, Environment.ProcessorCount, rounds: 1);
        cancellationToken.ThrowIfCancellationRequested();
        if (comparison is not { Theirs: { } theirs, Ratio: { } ratio })
        {
            throw new InvalidOperationException("vipsthumbnail not found (apt-get install -y libvips-tools)");
        }

        return
        [
            new(Invariant($"artwork, {sizes.Covers} covers × 6 renditions: covers/s ÷ vipsthumbnail's"), ratio,
                Invariant($"{ratio:F2} ({comparison.Ours.CoversPerSecond:F2} covers/s, {comparison.Ours.Name})"),
                Invariant($"{theirs.Name}: {theirs.CoversPerSecond:F2} covers/s"), ArtworkGoal),
        ];
    }

    public static async Task<IReadOnlyList<TableRow>> MeasureMemoryAsync(TableSizes sizes, string root, CancellationToken cancellationToken)
    {
        var result = await PeakMemoryBenchmark.MeasureAsync(sizes.Memory, root, cancellationToken);
        var megabytes = result.PeakRssBytes / 1e6;
        return
        [
            new(Invariant($"peak RSS, {sizes.Memory:N0}-release harvest and render"), megabytes,
                Invariant($"{megabytes:F0} MB ({(double)result.PeakRssBytes / result.ReferenceRssBytes:F2}× the reference; harvest {result.Harvest.TotalSeconds:F0} s, render {result.Render.TotalSeconds:F0} s)"),
                Invariant($"{result.ReferenceName}: {result.ReferenceRssBytes / 1e6:F0} MB"), MemoryGoal),
        ];
    }

}
