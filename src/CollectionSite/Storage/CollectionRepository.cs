using System.Text.Json;
using CollectionSite.Domain;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>What reconciling a complete listing changed.</summary>
public sealed record ReconcileResult(int Added, int Updated, int Removed, int Restored, int Unchanged);

/// <summary>The owned copies (collection items), keyed by instance id.</summary>
public sealed partial class CollectionRepository(StateDatabase database)
{
    /// <summary>
    /// Applies a complete, coherent listing in one transaction: new copies are inserted, changed ones updated,
    /// copies missing from the listing are marked removed and copies that came back are restored.
    /// Call it only with a listing whose size matched the server's total: it is the only place removals happen.
    /// </summary>
    public Task<ReconcileResult> ReconcileAsync(IReadOnlyList<CollectionItem> listing, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var byId = await ReadStoredAsync(connection, transaction, cancellationToken);
                var dbNow = now.ToDbTime();
                var (added, updated, restored, unchanged) = await ApplyAsync(connection, transaction, listing, byId, dbNow, cancellationToken);

                var listed = listing.Select(i => i.InstanceId).ToHashSet();
                var removed = 0;
                foreach (var gone in byId.Where(e => !e.Value.Removed && !listed.Contains(e.Key)))
                {
                    removed += await connection.ExecuteAsync(
                        "UPDATE collection_items SET removed_utc = $now WHERE instance_id = $id", cancellationToken, transaction, ("$now", dbNow), ("$id", gone.Key));
                }

                return new ReconcileResult(added, updated, removed, restored, unchanged);
            },
            cancellationToken);

    /// <summary>Copies still in the collection, newest first.</summary>
    public Task<IReadOnlyList<CollectionItem>> GetActiveItemsAsync(CancellationToken cancellationToken) =>
        QueryItemsAsync("c.removed_utc IS NULL", cancellationToken);

    /// <summary>Copies whose release is in the collection now (not removed, not skipped: <see cref="ActiveReleases"/>), newest first.</summary>
    public Task<IReadOnlyList<CollectionItem>> GetOwnedItemsAsync(CancellationToken cancellationToken) =>
        QueryItemsAsync(ActiveReleases.Owned("c"), cancellationToken);

    public async Task<int> CountActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Convert.ToInt32(await connection.ScalarAsync("SELECT COUNT(*) FROM collection_items WHERE removed_utc IS NULL", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<CollectionItem>> QueryItemsAsync(string condition, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT c.instance_id, c.release_id, c.folder_id, c.date_added, c.rating, c.notes_json, c.basic_json
            FROM collection_items c WHERE {condition} ORDER BY c.date_added DESC, c.instance_id
            """,
            r => new CollectionItem(
                r.GetInt64(0),
                r.GetInt64(1),
                r.GetInt32(2),
                SqliteExtensions.FromDbTime(r.GetString(3)),
                r.GetInt32(4),
                JsonSerializer.Deserialize(r.GetString(5), DomainJson.Default.IReadOnlyListCollectionNote) ?? [])
            {
                Listing = ReadListing(r.GetNullableString(6)),
            },
            cancellationToken);
    }

    /// <summary>The stored basic_information of a copy, read back; null when none was stored.</summary>
    internal static ListedRelease? ReadListing(string? json) => json is null ? null : JsonSerializer.Deserialize(json, DomainJson.Default.ListedRelease);

    private static Task<int> Upsert(
        SqliteConnection connection, SqliteTransaction transaction, long instanceId, (long ReleaseId, long FolderId, string DateAdded, long Rating, string Notes) row, string? listing, string now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            """
            INSERT INTO collection_items (instance_id, release_id, folder_id, date_added, rating, notes_json, first_seen_utc, removed_utc, basic_json)
            VALUES ($id, $release, $folder, $added, $rating, $notes, $now, NULL, $listing)
            ON CONFLICT (instance_id) DO UPDATE SET
                release_id = excluded.release_id, folder_id = excluded.folder_id, date_added = excluded.date_added,
                rating = excluded.rating, notes_json = excluded.notes_json, removed_utc = NULL, basic_json = excluded.basic_json
            """,
            cancellationToken,
            transaction,
            ("$id", instanceId),
            ("$release", row.ReleaseId),
            ("$folder", row.FolderId),
            ("$added", row.DateAdded),
            ("$rating", row.Rating),
            ("$notes", row.Notes),
            ("$listing", listing),
            ("$now", now));
}
