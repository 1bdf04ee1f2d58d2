using System.Text.Json;
using System.Text.Json.Serialization;
using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>Each release's or artist's current image (artwork_items) and its files (artwork_item_files).</summary>
public sealed partial class ArtworkRepository
{
    /// <summary>Every item of <paramref name="itemKind"/> (or of every kind when null) that has an image, by kind and id.</summary>
    public async Task<IReadOnlyDictionary<(string Kind, long Id), ItemArtwork>> GetItemsAsync(string? itemKind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var files = (await connection.QueryAsync(
            $"""
            SELECT f.item_kind, f.item_id, f.slot, {RenditionColumns("r")}
            FROM artwork_item_files f JOIN artwork_renditions r ON r.rendition_key = f.rendition_key
            WHERE $kind IS NULL OR f.item_kind = $kind
            ORDER BY f.item_kind, f.item_id, f.format, f.slot DESC
            """,
            r => (Kind: r.GetString(0), Id: r.GetInt64(1), File: new ArtworkItemFile(r.GetInt32(2), ReadRendition(r, 3))),
            cancellationToken,
            null,
            ("$kind", itemKind))).ToLookup(f => (f.Kind, f.Id), f => f.File);
        var items = await connection.QueryAsync(
            """
            SELECT i.item_kind, i.item_id, i.source, i.origin, i.input_hash, i.failures_json,
                   o.sha256, o.format, o.width, o.height, o.bytes, o.colour
            FROM artwork_items i JOIN artwork_originals o ON o.sha256 = i.sha256
            WHERE $kind IS NULL OR i.item_kind = $kind
            """,
            r => new ItemArtwork(
                r.GetString(0),
                r.GetInt64(1),
                r.GetString(2),
                r.GetString(3),
                ReadOriginal(r, 6),
                r.GetString(4),
                files[(r.GetString(0), r.GetInt64(1))].ToList(),
                JsonSerializer.Deserialize(r.GetString(5), ArtworkJson.Default.IReadOnlyListArtworkFailure) ?? []),
            cancellationToken,
            null,
            ("$kind", itemKind));
        return items.ToDictionary(i => (i.ItemKind, i.ItemId));
    }

    /// <summary>Replaces the item's image and files inside <paramref name="state"/> (with its stage's "done").
    /// The renditions must be saved already (<see cref="SaveRenditionsAsync"/>).</summary>
    public static async Task SaveItemAsync(StateTransaction state, ItemArtwork item, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await DeleteItemAsync(state, item.ItemKind, item.ItemId, cancellationToken);
        await state.Connection.ExecuteAsync(
            """
            INSERT INTO artwork_items (item_kind, item_id, source, origin, sha256, input_hash, failures_json, updated_utc)
            VALUES ($kind, $id, $source, $origin, $sha, $input, $failures, $now)
            """,
            cancellationToken,
            state.Transaction,
            ("$kind", item.ItemKind),
            ("$id", item.ItemId),
            ("$source", item.Source),
            ("$origin", item.Origin),
            ("$sha", item.Original.Sha256),
            ("$input", item.InputHash),
            ("$failures", JsonSerializer.Serialize(item.Failures, ArtworkJson.Default.IReadOnlyListArtworkFailure)),
            ("$now", now.ToDbTime()));
        foreach (var file in item.Files)
        {
            await state.Connection.ExecuteAsync(
                "INSERT INTO artwork_item_files (item_kind, item_id, slot, format, rendition_key) VALUES ($kind, $id, $slot, $format, $key)",
                cancellationToken,
                state.Transaction,
                ("$kind", item.ItemKind),
                ("$id", item.ItemId),
                ("$slot", file.Slot),
                ("$format", file.Rendition.Format),
                ("$key", file.Rendition.Key));
        }
    }

    /// <summary>Removes the item's image (no source has one any more) inside <paramref name="state"/>; its files leave the site on the next render.</summary>
    public static async Task DeleteItemAsync(StateTransaction state, string itemKind, long itemId, CancellationToken cancellationToken)
    {
        (string, object?)[] key = [("$kind", itemKind), ("$id", itemId)];
        await state.Connection.ExecuteAsync("DELETE FROM artwork_item_files WHERE item_kind = $kind AND item_id = $id", cancellationToken, state.Transaction, key);
        await state.Connection.ExecuteAsync("DELETE FROM artwork_items WHERE item_kind = $kind AND item_id = $id", cancellationToken, state.Transaction, key);
    }
}

/// <summary>How artwork_items.failures_json is stored.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(IReadOnlyList<ArtworkFailure>))]
internal sealed partial class ArtworkJson : JsonSerializerContext;
