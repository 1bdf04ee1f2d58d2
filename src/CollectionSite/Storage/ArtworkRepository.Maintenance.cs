using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>Artwork counts (the `artwork` and `status` commands) and garbage collection (`artwork --gc`).</summary>
public sealed partial class ArtworkRepository
{
    /// <summary>Releases still in the collection (by the id their page shows) and the artists they credit: the items whose images are used.</summary>
    private static readonly string ItemsInUse =
        $"""
        (i.item_kind = 'release' AND i.item_id IN (
            SELECT {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, "c.release_id")} FROM collection_items c WHERE {ActiveReleases.Owned("c")}))
        OR (i.item_kind = 'artist' AND i.item_id IN (
            SELECT json_extract(a.value, '$.id')
            FROM collection_items c
            JOIN releases r ON r.release_id = {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, "c.release_id")}
            JOIN json_each(r.model_json, '$.artists') a
            WHERE {ActiveReleases.Owned("c")}))
        """;

    /// <summary>Counts and bytes of originals and renditions, images by kind and source, fallbacks, failed items.</summary>
    public async Task<ArtworkStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var files = await connection.QueryAsync(
            """
            SELECT (SELECT COUNT(*) FROM artwork_originals), (SELECT COALESCE(SUM(bytes), 0) FROM artwork_originals),
                   (SELECT COUNT(*) FROM artwork_renditions), (SELECT COALESCE(SUM(bytes), 0) FROM artwork_renditions),
                   (SELECT COUNT(*) FROM artwork_items WHERE failures_json <> '[]'),
                   (SELECT COUNT(*) FROM stage_progress WHERE stage LIKE $prefix AND status = 'failed'),
                   (SELECT COUNT(*) FROM stage_progress WHERE stage LIKE $prefix AND status = 'dead_letter')
            """,
            r => (Originals: r.GetInt32(0), OriginalBytes: r.GetInt64(1), Renditions: r.GetInt32(2), RenditionBytes: r.GetInt64(3), Fallbacks: r.GetInt32(4), Failed: r.GetInt32(5), Dead: r.GetInt32(6)),
            cancellationToken,
            null,
            ("$prefix", StageKeyPrefix + "%"));
        var bySource = await connection.QueryAsync(
            "SELECT item_kind, source, COUNT(*) FROM artwork_items GROUP BY item_kind, source ORDER BY item_kind DESC, COUNT(*) DESC, source",
            r => new ArtworkSourceCount(r.GetString(0), r.GetString(1), r.GetInt32(2)),
            cancellationToken);
        var f = files.Single();
        return new ArtworkStats(f.Originals, f.OriginalBytes, f.Renditions, f.RenditionBytes, bySource, f.Fallbacks, f.Failed, f.Dead);
    }

    /// <summary>
    /// In one transaction: forgets the images of releases that left the collection (or are skipped) and of artists no
    /// such release credits, then every rendition no item uses and every original no item uses (with what its URLs
    /// gave). Returns the removed rows, whose files the caller deletes.
    /// </summary>
    public Task<ArtworkGarbage> CollectGarbageAsync(CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var forgotten = await connection.ExecuteAsync($"DELETE FROM artwork_items AS i WHERE NOT ({ItemsInUse})", cancellationToken, transaction);
                await connection.ExecuteAsync(
                    "DELETE FROM artwork_item_files WHERE NOT EXISTS (SELECT 1 FROM artwork_items i WHERE i.item_kind = artwork_item_files.item_kind AND i.item_id = artwork_item_files.item_id)",
                    cancellationToken,
                    transaction);
                var renditions = await connection.QueryAsync(
                    $"SELECT {RenditionColumns("r")} FROM artwork_renditions r WHERE r.rendition_key NOT IN (SELECT rendition_key FROM artwork_item_files)",
                    r => ReadRendition(r, 0),
                    cancellationToken,
                    transaction);
                var originals = await connection.QueryAsync(
                    "SELECT sha256, format, width, height, bytes, colour FROM artwork_originals WHERE sha256 NOT IN (SELECT sha256 FROM artwork_items)",
                    ReadOriginal,
                    cancellationToken,
                    transaction);
                await connection.ExecuteAsync("DELETE FROM artwork_renditions WHERE rendition_key NOT IN (SELECT rendition_key FROM artwork_item_files)", cancellationToken, transaction);
                await connection.ExecuteAsync("DELETE FROM artwork_originals WHERE sha256 NOT IN (SELECT sha256 FROM artwork_items)", cancellationToken, transaction);
                await connection.ExecuteAsync("DELETE FROM artwork_downloads WHERE sha256 NOT IN (SELECT sha256 FROM artwork_originals)", cancellationToken, transaction);
                return new ArtworkGarbage(originals, renditions, forgotten);
            },
            cancellationToken);
}
