using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>An owned release Discogs answers 404 for: what the listing still says about it, and when that was last checked.</summary>
public sealed record GoneRelease(long ReleaseId, ListedRelease? Listing, DateTimeOffset CheckedUtc)
{
    /// <summary>"402 "Title" by Artist", for people.</summary>
    public override string ToString()
    {
        var id = ReleaseId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Listing is not { } listed)
        {
            return id;
        }

        var artists = string.Join(", ", listed.Artists.Select(a => a.Name));
        return artists.Length == 0 ? $"{id} \"{listed.Title}\"" : $"{id} \"{listed.Title}\" by {artists}";
    }
}

/// <summary>
/// Releases still in the collection (and not skipped) whose details stage recorded a 404: gone from Discogs.
/// Their pages are built from the listing; the run summary names them; --refresh asks again.
/// </summary>
/// <param name="detailsStage">The progress key of the stage that fetches release details ("discogs.release"), given by
/// Hosting so Storage and Rendering need not know the stage.</param>
public sealed class GoneReleaseRepository(StateDatabase database, string detailsStage)
{
    public async Task<IReadOnlyList<GoneRelease>> GetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT p.item_id,
                   (SELECT c.basic_json FROM collection_items c
                    WHERE c.release_id = p.item_id AND c.removed_utc IS NULL AND c.basic_json IS NOT NULL
                    ORDER BY c.instance_id LIMIT 1),
                   p.updated_utc
            FROM stage_progress p
            WHERE p.stage = $stage AND p.item_kind = 'release' AND p.status = 'not_found'
              AND EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = p.item_id AND {ActiveReleases.Owned("c")})
            ORDER BY p.item_id
            """,
            r => new GoneRelease(r.GetInt64(0), CollectionRepository.ReadListing(r.GetNullableString(1)), SqliteExtensions.FromDbTime(r.GetString(2))),
            cancellationToken,
            null,
            ("$stage", detailsStage));
    }
}
