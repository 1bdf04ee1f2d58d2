using System.Text.Json;
using CollectionSite.Domain;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>What applying the first listing page between full listings changed.</summary>
/// <param name="Updated">Known copies whose rating, notes, folder or date the owner changed.</param>
/// <param name="Unchanged">Known copies as they were (their listing summary may have been refreshed).</param>
public sealed record KnownCopiesResult(int Updated, int Unchanged);

/// <summary>The quick no-op check's side: which copies are known, and the edits a first page shows on them.</summary>
public sealed partial class CollectionRepository
{
    /// <summary>Instance ids of the copies still in the collection (not removed), for the quick no-op check.</summary>
    public async Task<IReadOnlySet<long>> GetActiveInstanceIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync("SELECT instance_id FROM collection_items WHERE removed_utc IS NULL", r => r.GetInt64(0), cancellationToken);
        return ids.ToHashSet();
    }

    /// <summary>
    /// Applies listed copies that are all already in the collection (a first page that shows nothing added or removed):
    /// rating, notes, folder and listing summary edits land; nothing is added, removed or restored.
    /// </summary>
    /// <exception cref="ArgumentException">A copy is not in the collection: the caller must run a full listing instead.</exception>
    public Task<KnownCopiesResult> UpdateKnownAsync(IReadOnlyList<CollectionItem> listed, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var stored = await ReadStoredAsync(connection, transaction, cancellationToken);
                if (listed.FirstOrDefault(i => !stored.TryGetValue(i.InstanceId, out var copy) || copy.Removed) is { } unknown)
                {
                    throw new ArgumentException($"Copy {unknown.InstanceId} is not in the collection; only a full listing may add it.", nameof(listed));
                }

                var (_, updated, _, unchanged) = await ApplyAsync(connection, transaction, listed, stored, now.ToDbTime(), cancellationToken);
                return new KnownCopiesResult(updated, unchanged);
            },
            cancellationToken);

    private static async Task<Dictionary<long, StoredCopy>> ReadStoredAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            "SELECT instance_id, release_id, folder_id, date_added, rating, notes_json, removed_utc, basic_json FROM collection_items",
            r => (Id: r.GetInt64(0), Copy: new StoredCopy((r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetInt64(4), r.GetString(5)), !r.IsDBNull(6), r.GetNullableString(7))),
            cancellationToken,
            transaction);
        return rows.ToDictionary(r => r.Id, r => r.Copy);
    }

    /// <summary>Inserts new copies, updates changed ones, restores removed ones; returns the counts of each.</summary>
    private static async Task<(int Added, int Updated, int Restored, int Unchanged)> ApplyAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CollectionItem> listing, Dictionary<long, StoredCopy> byId, string dbNow, CancellationToken cancellationToken)
    {
        int added = 0, updated = 0, restored = 0, unchanged = 0;
        foreach (var item in listing)
        {
            var row = (item.ReleaseId, (long)item.FolderId, item.DateAdded.ToDbTime(), (long)item.Rating, JsonSerializer.Serialize(item.Notes, DomainJson.Default.IReadOnlyListCollectionNote));
            var summary = item.Listing is null ? null : JsonSerializer.Serialize(item.Listing, DomainJson.Default.ListedRelease);
            if (!byId.TryGetValue(item.InstanceId, out var current))
            {
                await Upsert(connection, transaction, item.InstanceId, row, summary, dbNow, cancellationToken);
                added++;
            }
            else if (current.Removed || current.Row != row)
            {
                await Upsert(connection, transaction, item.InstanceId, row, summary, dbNow, cancellationToken);
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
                if (current.Listing != summary)
                {
                    await Upsert(connection, transaction, item.InstanceId, row, summary, dbNow, cancellationToken);
                }

                unchanged++;
            }
        }

        return (added, updated, restored, unchanged);
    }

    /// <summary>A stored copy as the listing is compared with it: the owner's fields, removed or not, the listing summary.</summary>
    private sealed record StoredCopy((long ReleaseId, long FolderId, string DateAdded, long Rating, string Notes) Row, bool Removed, string? Listing);
}
