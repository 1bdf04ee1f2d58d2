using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// The collector's overrides (enrichment_overrides), stored under the id the page shows and found by any id of the same
/// Discogs record. Setting or clearing one makes the item due again for the source's stages: their stage_progress rows
/// (stage keys "&lt;source&gt;.*") are dropped in the same transaction, so the next run decides again. The CLI and the
/// admin UI both go through here.
/// </summary>
public sealed class OverrideRepository(StateDatabase database)
{
    /// <summary>The override of <paramref name="source"/> for the item; null when there is none.</summary>
    public async Task<EnrichmentOverride?> GetAsync(string source, string itemKind, long itemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"""
            SELECT {Columns} FROM enrichment_overrides
            WHERE source = $source AND item_kind = $kind AND {ItemGroup.Contains(itemKind, "item_id", "$id")}
            ORDER BY set_utc DESC LIMIT 1
            """,
            Map,
            cancellationToken,
            null,
            ("$source", source),
            ("$kind", itemKind),
            ("$id", itemId));
        return rows.FirstOrDefault();
    }

    /// <summary>Every override: releases then artists, by id, then source.</summary>
    public async Task<IReadOnlyList<EnrichmentOverride>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {Columns} FROM enrichment_overrides ORDER BY item_kind DESC, item_id, source",
            Map,
            cancellationToken);
    }

    /// <summary>Sets (or replaces) the override and requeues the item for the source's stages, in one transaction.</summary>
    /// <exception cref="ArgumentException">An invalid combination (see <see cref="EnrichmentOverride.Validate"/>).</exception>
    public Task SetAsync(EnrichmentOverride value, CancellationToken cancellationToken)
    {
        value.Validate();
        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await DeleteAsync(connection, transaction, value.Source, value.ItemKind, value.ItemId, cancellationToken);
                await connection.ExecuteAsync(
                    $"""
                    INSERT INTO enrichment_overrides (source, item_kind, item_id, kind, value, set_utc)
                    VALUES ($source, $kind, {ItemGroup.Resolved(value.ItemKind, "$id")}, $overrideKind, $value, $now)
                    """,
                    cancellationToken,
                    transaction,
                    ("$source", value.Source),
                    ("$kind", value.ItemKind),
                    ("$id", value.ItemId),
                    ("$overrideKind", ToDb(value.Kind)),
                    ("$value", value.Value),
                    ("$now", value.SetUtc.ToDbTime()));
                await RequeueAsync(connection, transaction, value.Source, value.ItemKind, value.ItemId, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Removes the override and requeues the item; false (and nothing requeued) when there was none.</summary>
    public Task<bool> ClearAsync(string source, string itemKind, long itemId, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var removed = await DeleteAsync(connection, transaction, source, itemKind, itemId, cancellationToken) > 0;
                if (removed)
                {
                    await RequeueAsync(connection, transaction, source, itemKind, itemId, cancellationToken);
                }

                return removed;
            },
            cancellationToken);

    /// <summary>
    /// Makes the item due again for every stage of <paramref name="source"/> (its stage_progress rows are dropped), keeping
    /// the override and the previous decision, which still renders until the next run decides. Returns the rows dropped.
    /// </summary>
    public Task<int> RequeueAsync(string source, string itemKind, long itemId, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => RequeueAsync(connection, transaction, source, itemKind, itemId, cancellationToken), cancellationToken);

    private const string Columns = "source, item_kind, item_id, kind, value, set_utc";

    private static Task<int> DeleteAsync(SqliteConnection connection, SqliteTransaction transaction, string source, string itemKind, long itemId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            $"DELETE FROM enrichment_overrides WHERE source = $source AND item_kind = $kind AND {ItemGroup.Contains(itemKind, "item_id", "$id")}",
            cancellationToken,
            transaction,
            ("$source", source),
            ("$kind", itemKind),
            ("$id", itemId));

    /// <summary>Drops the item's progress in every stage of the source, so the next run works on it as on a new item.</summary>
    private static Task<int> RequeueAsync(SqliteConnection connection, SqliteTransaction transaction, string source, string itemKind, long itemId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            $"""
            DELETE FROM stage_progress
            WHERE substr(stage, 1, length($prefix)) = $prefix AND item_kind = $kind AND {ItemGroup.Contains(itemKind, "item_id", "$id")}
            """,
            cancellationToken,
            transaction,
            ("$prefix", source + "."),
            ("$kind", itemKind),
            ("$id", itemId));

    private static EnrichmentOverride Map(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.GetInt64(2),
        FromDb(row.GetString(3)),
        row.GetNullableString(4),
        SqliteExtensions.FromDbTime(row.GetString(5)));

    private static string ToDb(OverrideKind kind) => kind switch
    {
        OverrideKind.Pin => "pin",
        OverrideKind.None => "none",
        OverrideKind.Search => "search",
        _ => "image",
    };

    private static OverrideKind FromDb(string text) => text switch
    {
        "pin" => OverrideKind.Pin,
        "none" => OverrideKind.None,
        "search" => OverrideKind.Search,
        "image" => OverrideKind.Image,
        _ => throw new InvalidDataException($"Unknown enrichment_overrides kind '{text}'."),
    };
}
