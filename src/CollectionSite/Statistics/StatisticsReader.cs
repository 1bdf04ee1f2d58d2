using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Statistics;

/// <summary>
/// Reads the state database's active collection (owned, not skipped) and computes its <see cref="CollectionStatistics"/>.
/// Only reads: it takes no run lock and works while a build runs (SQLite WAL readers see the last commit).
/// </summary>
public sealed class StatisticsReader(OwnedCopyRepository copies, ReleaseRepository releases, MasterRepository masters, ArtistRepository artists)
{
    /// <summary>The statistics, each breakdown cut to its <paramref name="top"/> largest names (decades never).</summary>
    public async Task<CollectionStatistics> ReadAsync(int top, CancellationToken cancellationToken) =>
        StatisticsCalculator.Compute(await LoadAsync(cancellationToken), top);

    /// <summary>Loads what <see cref="Assemble"/> needs from the state database.</summary>
    public async Task<StatisticsInput> LoadAsync(CancellationToken cancellationToken) => Assemble(
        await copies.GetAllAsync(cancellationToken),
        await releases.GetActiveAsync(cancellationToken),
        await masters.GetAllAsync(cancellationToken),
        await artists.GetAllAsync(cancellationToken));

    /// <summary>
    /// Releases with details, plus each owned release without details from its newest copy's stored listing summary
    /// (partial); a release with neither is left to <see cref="StatisticsTotals.PendingCopies"/>. For callers that
    /// loaded the releases already (site rendering), so nothing is read twice.
    /// </summary>
    public static StatisticsInput Assemble(
        IReadOnlyList<OwnedCopy> owned,
        IReadOnlyList<StoredRelease> detailed,
        IReadOnlyDictionary<long, CachedEntry<Master>> masters,
        IReadOnlyDictionary<long, CachedEntry<Artist>> artists)
    {
        var known = detailed.Select(r => r.Release.Id).ToHashSet();
        var fromListing = owned
            .Where(c => !known.Contains(c.ReleaseId) && c.Listing is not null)
            .GroupBy(c => c.ReleaseId)
            .Select(g => g.OrderByDescending(c => c.DateAdded).ThenBy(c => c.InstanceId).First())
            .Select(c => (Release: c.Listing!.ToRelease(c.ReleaseId), Partial: true));
        var all = detailed.Select(r => (r.Release, Partial: false))
            .Concat(fromListing)
            .OrderBy(r => r.Release.Id)
            .Select(r => new StatisticsRelease(r.Release, r.Release.MasterId is { } id ? masters.GetValueOrDefault(id)?.Value : null, r.Partial))
            .ToList();
        return new StatisticsInput(all, owned, artists);
    }
}
