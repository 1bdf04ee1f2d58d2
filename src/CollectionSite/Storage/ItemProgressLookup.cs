namespace CollectionSite.Storage;

/// <summary>One stage_progress row with its last error (`match show` prints it).</summary>
public sealed record ProgressEntry(ItemStatus Status, int Attempts, string? LastError, DateTimeOffset UpdatedUtc);

/// <summary>Reads one item's progress in one stage, by any id of the same Discogs record (stage items use the
/// collection's id, pages the answered one).</summary>
public sealed class ItemProgressLookup(StateDatabase database)
{
    /// <summary>The newest row of <paramref name="stage"/> for the record <paramref name="itemId"/> names; null when never tried.</summary>
    public async Task<ProgressEntry?> GetAsync(string stage, string itemKind, long itemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"""
            SELECT status, attempts, last_error, updated_utc FROM stage_progress
            WHERE stage = $stage AND item_kind = $kind AND {ItemGroup.Contains(itemKind, "item_id", "$id")}
            ORDER BY updated_utc DESC LIMIT 1
            """,
            r => new ProgressEntry(ItemStatusText.FromDb(r.GetString(0)), r.GetInt32(1), r.GetNullableString(2), SqliteExtensions.FromDbTime(r.GetString(3))),
            cancellationToken,
            null,
            ("$stage", stage),
            ("$kind", itemKind),
            ("$id", itemId));
        return rows.FirstOrDefault();
    }
}
