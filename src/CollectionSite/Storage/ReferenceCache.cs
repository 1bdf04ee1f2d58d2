using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using CollectionSite.Domain;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>An entry of a shared Discogs cache (masters, artists): the model, or null when Discogs answered 404.</summary>
public sealed record CachedEntry<T>(long Id, T? Value, DateTimeOffset FetchedUtc)
    where T : class
{
    public bool IsNotFound => Value is null;

    /// <summary>Fetched at or after <paramref name="staleBefore"/> (a pending refresh of its source), or no refresh is pending.</summary>
    public bool IsFresh(DateTimeOffset? staleBefore) => staleBefore is not { } before || FetchedUtc >= before;
}

/// <summary>
/// SQL shared by the master and artist caches, which have the same shape: fetched once, shared by every
/// release that points at them, with 404s remembered so they are never asked again. A record is stored under
/// the id Discogs answered with (<paramref name="idOf"/>); lookups by an id that was answered under another
/// (a merged record) find it through <see cref="DiscogsIdRepository"/>.
/// </summary>
internal sealed class ReferenceCache<T>(
    StateDatabase database, string table, string keyColumn, string kind, string scalarColumn, Func<T, object?> scalar, Func<T, long> idOf, JsonTypeInfo<T> typeInfo)
    where T : class
{
    public async Task<CachedEntry<T>?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {keyColumn}, model_json, fetched_utc FROM {table} WHERE {keyColumn} = {DiscogsIdRepository.Resolved(kind, "$id")}",
            Map,
            cancellationToken,
            null,
            ("$id", id));
        return rows.FirstOrDefault();
    }

    /// <summary>Every entry by its own id and by each id that was answered with it, so any reference finds it.</summary>
    public async Task<IReadOnlyDictionary<long, CachedEntry<T>>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {keyColumn}, model_json, fetched_utc FROM {table}",
            Map,
            cancellationToken);
        var entries = rows.ToDictionary(e => e.Id);
        foreach (var (asked, answered) in await new DiscogsIdRepository(database).GetAnsweredAsync(kind, cancellationToken))
        {
            if (entries.TryGetValue(answered, out var entry))
            {
                entries[asked] = entry;
            }
        }

        return entries;
    }

    private CachedEntry<T> Map(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetNullableString(1) is { } json ? JsonSerializer.Deserialize(json, typeInfo) : null,
        SqliteExtensions.FromDbTime(row.GetString(2)));

    /// <summary>
    /// Stores the fetched value (or a 404 marker when <paramref name="fetched"/> is null) inside <paramref name="state"/>:
    /// under the answered id, remembering which id was asked; a 404 is stored under the asked id.
    /// </summary>
    public async Task SaveAsync(StateTransaction state, long id, Fetched<T>? fetched, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var answered = fetched is null ? id : idOf(fetched.Value);
        await state.Connection.ExecuteAsync(
            $"""
            INSERT INTO {table} ({keyColumn}, status, {scalarColumn}, raw_json, model_json, fetched_utc)
            VALUES ($id, $status, $scalar, $raw, $model, $now)
            ON CONFLICT ({keyColumn}) DO UPDATE SET
                status = excluded.status, {scalarColumn} = excluded.{scalarColumn}, raw_json = excluded.raw_json,
                model_json = excluded.model_json, fetched_utc = excluded.fetched_utc
            """,
            cancellationToken,
            state.Transaction,
            ("$id", answered),
            ("$status", fetched is null ? "not_found" : "ok"),
            ("$scalar", fetched is null ? null : scalar(fetched.Value)),
            ("$raw", fetched?.RawJson),
            ("$model", fetched is null ? null : JsonSerializer.Serialize(fetched.Value, typeInfo)),
            ("$now", now.ToDbTime()));
        await DiscogsIdRepository.RecordAsync(state.Connection, state.Transaction, kind, id, answered, now, cancellationToken);
    }
}
