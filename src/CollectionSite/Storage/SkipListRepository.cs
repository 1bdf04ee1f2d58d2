namespace CollectionSite.Storage;

/// <summary>A release the user never wants processed or published.</summary>
public sealed record SkippedRelease(long ReleaseId, string? Reason, DateTimeOffset AddedUtc);

/// <summary>Releases left alone by every stage; harvest never removes or re-adds them.</summary>
public sealed class SkipListRepository(StateDatabase database)
{
    public async Task AddAsync(long releaseId, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO skip_list (release_id, reason, added_utc) VALUES ($id, $reason, $now) ON CONFLICT (release_id) DO UPDATE SET reason = excluded.reason",
            cancellationToken,
            null,
            ("$id", releaseId),
            ("$reason", reason),
            ("$now", now.ToDbTime()));
    }

    public async Task<bool> RemoveAsync(long releaseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM skip_list WHERE release_id = $id", cancellationToken, null, ("$id", releaseId)) > 0;
    }

    public async Task<IReadOnlyList<SkippedRelease>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT release_id, reason, added_utc FROM skip_list ORDER BY release_id",
            r => new SkippedRelease(r.GetInt64(0), r.GetNullableString(1), SqliteExtensions.FromDbTime(r.GetString(2))),
            cancellationToken);
    }
}
