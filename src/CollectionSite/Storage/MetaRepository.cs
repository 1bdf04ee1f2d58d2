namespace CollectionSite.Storage;

/// <summary>Named single values that must survive between runs (e.g. each source's "refresh after" time).</summary>
public sealed class MetaRepository(StateDatabase database)
{
    /// <summary>When the collection was last listed in full (the quick no-op check and `status` read it).</summary>
    public const string LastFullListingKey = "discogs.last_full_listing";

    /// <summary>The stored time under <paramref name="key"/>, or null.</summary>
    public async Task<DateTimeOffset?> GetTimeAsync(string key, CancellationToken cancellationToken) =>
        await GetTextAsync(key, cancellationToken) is { } value ? SqliteExtensions.FromDbTime(value) : null;

    /// <summary>The stored text under <paramref name="key"/>, or null.</summary>
    public async Task<string?> GetTextAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ScalarAsync("SELECT value FROM meta WHERE key = $key", cancellationToken, null, ("$key", key)) as string;
    }

    public async Task SetTextAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            cancellationToken,
            null,
            ("$key", key),
            ("$value", value));
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> in the database's time format.</summary>
    public Task SetTimeAsync(string key, DateTimeOffset value, CancellationToken cancellationToken) =>
        SetTextAsync(key, value.ToDbTime(), cancellationToken);
}
