namespace CollectionSite.Bench;

// TEMPORARY, for the table to compile until wt-memory's measurement lands: the lead takes wt-memory's
// Memory/PeakMemoryBenchmark.cs (and its PeakMemoryResult.cs) at merge, replacing this file whole.

/// <summary>Peak resident set of the CLI over a harvest and render, against a reference measured in the same run.</summary>
internal sealed record PeakMemoryResult(long PeakRssBytes, long ReferenceRssBytes, string ReferenceName, TimeSpan Harvest, TimeSpan Render);

/// <summary>Placeholder of wt-memory's benchmark: the table reports the row as not measured.</summary>
internal static class PeakMemoryBenchmark
{
    internal static Task<PeakMemoryResult> MeasureAsync(int releases, string workFolder, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the peak-memory measurement (wt-memory's Memory/PeakMemoryBenchmark.cs) is not merged into this build");
}
