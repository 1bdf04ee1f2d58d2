namespace CollectionSite.Storage;

/// <summary>Named single values that must survive between runs.</summary>
public sealed class MetaRepository(StateDatabase database)
{
    /// <summary>Cached Discogs data fetched before this time is stale: set by --refresh, kept until the refresh is done.</summary>
    public const string DiscogsRefreshAfter = "discogs.refresh_after_utc";

    public async Task<DateTimeOffset?> GetTimeAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var value = await connection.ScalarAsync("SELECT value FROM meta WHERE key = $key", cancellationToken, null, ("$key", key)) as string;
        return value is null ? null : SqliteExtensions.FromDbTime(value);
    }

    public async Task SetTimeAsync(string key, DateTimeOffset value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            cancellationToken,
            null,
            ("$key", key),
            ("$value", value.ToDbTime()));
    }
}
