using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>
/// One copy the site publishes: in the collection, its release not skipped (<see cref="ActiveReleases"/>).
/// <see cref="ReleaseId"/> is the release's stored id (the id Discogs answered with for a merged release), so two
/// copies of one merged release share it; <see cref="Listing"/> is the listing's basic_information, if kept.
/// </summary>
public sealed record OwnedCopy(long InstanceId, long ReleaseId, DateTimeOffset DateAdded, ListedRelease? Listing);

/// <summary>Read-only view of the owned copies for summaries (statistics): no write, no lock, safe beside a running build (WAL).</summary>
public sealed class OwnedCopyRepository(StateDatabase database)
{
    /// <summary>Every owned, not skipped copy, oldest addition first (then by instance id).</summary>
    public async Task<IReadOnlyList<OwnedCopy>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT c.instance_id, {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, "c.release_id")}, c.date_added, c.basic_json
            FROM collection_items c
            WHERE {ActiveReleases.Owned("c")}
            ORDER BY c.date_added, c.instance_id
            """,
            r => new OwnedCopy(r.GetInt64(0), r.GetInt64(1), SqliteExtensions.FromDbTime(r.GetString(2)), CollectionRepository.ReadListing(r.GetNullableString(3))),
            cancellationToken);
    }
}
