using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>One timed run of one side: files and bytes written, wall seconds, peak working set (ours) and CPU seconds.</summary>
internal sealed record SideRun(string Name, int Covers, int Files, double Seconds, long Bytes, long? Peak, double? Cpu)
{
    public double CoversPerSecond => Covers / Seconds;

    public double? CoversPerCpuSecond => Cpu is > 0 ? Covers / Cpu : null;

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-32}{Covers,7}{Files,7}{Seconds,9:F2}{CoversPerSecond,10:F2}{Cpu,8:F1}{CoversPerCpuSecond,14:F2}{ArtworkBenchmark.Megabytes(Bytes),8}{(Peak is { } peak ? ArtworkBenchmark.Megabytes(peak) : "-"),9}");
}

/// <summary>The best run of each side; <see cref="Theirs"/> is null when vipsthumbnail is not installed.</summary>
internal sealed record ArtworkComparison(SideRun Ours, SideRun? Theirs)
{
    /// <summary>Our covers per second ÷ vipsthumbnail's, or null without it.</summary>
    public double? Ratio => Theirs is null ? null : Ours.CoversPerSecond / Theirs.CoversPerSecond;
}
