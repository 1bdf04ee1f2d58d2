using System.Text.Json;
using CollectionSite.Domain;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>What reconciling a complete listing changed.</summary>
public sealed record ReconcileResult(int Added, int Updated, int Removed, int Restored, int Unchanged);

/// <summary>The owned copies (collection items), keyed by instance id.</summary>
public sealed class CollectionRepository(StateDatabase database)
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
                var existing = await connection.QueryAsync(
                    "SELECT instance_id, release_id, folder_id, date_added, rating, notes_json, removed_utc, basic_json FROM collection_items",
                    r => (Id: r.GetInt64(0), Row: (r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetInt64(4), r.GetString(5)), Removed: !r.IsDBNull(6), Listing: r.GetNullableString(7)),
                    cancellationToken,
                    transaction);
                var byId = existing.ToDictionary(e => e.Id);
                int added = 0, updated = 0, restored = 0, unchanged = 0;
                var dbNow = now.ToDbTime();

                foreach (var item in listing)
                {
                    var row = (item.ReleaseId, (long)item.FolderId, item.DateAdded.ToDbTime(), (long)item.Rating, JsonSerializer.Serialize(item.Notes, DomainJson.Default.IReadOnlyListCollectionNote));
                    var listing = item.Listing is null ? null : JsonSerializer.Serialize(item.Listing, DomainJson.Default.ListedRelease);
                    if (!byId.TryGetValue(item.InstanceId, out var current))
                    {
                        await Upsert(connection, transaction, item.InstanceId, row, listing, dbNow, cancellationToken);
                        added++;
                    }
                    else if (current.Removed || current.Row != row)
                    {
                        await Upsert(connection, transaction, item.InstanceId, row, listing, dbNow, cancellationToken);
                        if (current.Removed)
                        {
                            restored++;
                        }
                        else
                        {
                            updated++;
                        }
                    }
                    else
                    {
                        // The listing's copy of the release data is not the owner's change: stored, counted unchanged.
                        if (current.Listing != listing)
                        {
                            await Upsert(connection, transaction, item.InstanceId, row, listing, dbNow, cancellationToken);
                        }

                        unchanged++;
                    }
                }

                var listed = listing.Select(i => i.InstanceId).ToHashSet();
                var removed = 0;
                foreach (var gone in existing.Where(e => !e.Removed && !listed.Contains(e.Id)))
                {
                    removed += await connection.ExecuteAsync(
                        "UPDATE collection_items SET removed_utc = $now WHERE instance_id = $id", cancellationToken, transaction, ("$now", dbNow), ("$id", gone.Id));
                }

                return new ReconcileResult(added, updated, removed, restored, unchanged);
            },
            cancellationToken);

    /// <summary>Copies still in the collection, newest first.</summary>
    public async Task<IReadOnlyList<CollectionItem>> GetActiveItemsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT instance_id, release_id, folder_id, date_added, rating, notes_json, basic_json FROM collection_items WHERE removed_utc IS NULL ORDER BY date_added DESC, instance_id",
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

    public async Task<int> CountActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Convert.ToInt32(await connection.ScalarAsync("SELECT COUNT(*) FROM collection_items WHERE removed_utc IS NULL", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
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
