using CollectionSite.Storage;

namespace CollectionSite.Pipeline;

/// <summary>
/// One "refresh after" time per source, kept in meta. --refresh SOURCE sets it to the run's start: that source's
/// data fetched before then is stale and fetched again by the source's stages. The time stays after the run,
/// so an interrupted refresh is finished by the next plain run, and items already re-fetched are newer than
/// it, so nothing is fetched twice.
/// </summary>
public static class SourceRefresh
{
    /// <summary>The meta key, e.g. "discogs.refresh_after_utc" (the key --refresh used before sources existed).</summary>
    public static string MetaKey(DataSource source) => $"{DataSources.CommandLineName(source)}.refresh_after_utc";

    /// <summary>Records <paramref name="refresh"/> as of <paramref name="now"/>, then returns every source's time that is set.</summary>
    public static async Task<IReadOnlyDictionary<DataSource, DateTimeOffset>> RecordAndReadAsync(
        MetaRepository meta, IReadOnlySet<DataSource>? refresh, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var source in refresh ?? new HashSet<DataSource>())
        {
            await meta.SetTimeAsync(MetaKey(source), now, cancellationToken);
        }

        var times = new Dictionary<DataSource, DateTimeOffset>();
        foreach (var source in DataSources.All)
        {
            if (await meta.GetTimeAsync(MetaKey(source), cancellationToken) is { } after)
            {
                times[source] = after;
            }
        }

        return times;
    }
}
