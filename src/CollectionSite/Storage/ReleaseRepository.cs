using System.Text.Json;
using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>Fetched release details: the raw Discogs JSON, the mapped model and the columns later stages query.</summary>
public sealed class ReleaseRepository(StateDatabase database)
{
    /// <summary>
    /// Stores a fetched release and marks <paramref name="stage"/> done for it, in one transaction. For seeding
    /// state outside the pipeline (tests, the benchmark); stages return <c>ItemOutcome.Store</c> instead.
    /// </summary>
    public Task SaveAsync(Fetched<Release> fetched, string stage, DateTimeOffset now, CancellationToken cancellationToken) =>
        new StageProgressRepository(database).FinishAsync(
            new StageItem(stage, ItemKinds.Release, fetched.Value.Id), ItemStatus.Done, (state, token) => SaveAsync(state, fetched, now, token), now, cancellationToken);

    /// <summary>Stores a fetched release inside <paramref name="state"/> (the stage base marks it done in the same transaction).</summary>
    public static Task SaveAsync(StateTransaction state, Fetched<Release> fetched, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var release = fetched.Value;
        return state.Connection.ExecuteAsync(
            """
            INSERT INTO releases (release_id, title, master_id, year, raw_json, model_json, fetched_utc)
            VALUES ($id, $title, $master, $year, $raw, $model, $now)
            ON CONFLICT (release_id) DO UPDATE SET
                title = excluded.title, master_id = excluded.master_id, year = excluded.year,
                raw_json = excluded.raw_json, model_json = excluded.model_json, fetched_utc = excluded.fetched_utc
            """,
            cancellationToken,
            state.Transaction,
            ("$id", release.Id),
            ("$title", release.Title),
            ("$master", release.MasterId),
            ("$year", release.Year),
            ("$raw", fetched.RawJson),
            ("$model", JsonSerializer.Serialize(release, DomainJson.Default.Release)),
            ("$now", now.ToDbTime()));
    }

    public async Task<Release?> GetAsync(long releaseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT model_json FROM releases WHERE release_id = $id",
            r => JsonSerializer.Deserialize(r.GetString(0), DomainJson.Default.Release),
            cancellationToken,
            null,
            ("$id", releaseId));
        return rows.FirstOrDefault();
    }

    /// <summary>
    /// The main artists (release-level credits) of fetched releases still in the collection and not skipped,
    /// each once, those of the newest additions first. Read from the stored model (model_json "artists").
    /// </summary>
    public async Task<IReadOnlyList<long>> GetMainArtistIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT json_extract(a.value, '$.id') AS artist_id
            FROM releases r
            JOIN collection_items c ON c.release_id = r.release_id AND c.removed_utc IS NULL
            JOIN json_each(r.model_json, '$.artists') a
            WHERE NOT EXISTS (SELECT 1 FROM skip_list s WHERE s.release_id = r.release_id)
            GROUP BY artist_id
            ORDER BY MAX(c.date_added) DESC, artist_id
            """,
            r => r.GetInt64(0),
            cancellationToken);
    }

    /// <summary>Fetched releases that still have a copy in the collection and are not skipped, by release id.</summary>
    public async Task<IReadOnlyList<StoredRelease>> GetActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT r.release_id, r.model_json, r.fetched_utc FROM releases r
            WHERE EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = r.release_id AND c.removed_utc IS NULL)
              AND NOT EXISTS (SELECT 1 FROM skip_list s WHERE s.release_id = r.release_id)
            ORDER BY r.release_id
            """,
            r => new StoredRelease(
                JsonSerializer.Deserialize(r.GetString(1), DomainJson.Default.Release)
                    ?? throw new InvalidDataException($"Release {r.GetInt64(0)} has an empty model."),
                SqliteExtensions.FromDbTime(r.GetString(2))),
            cancellationToken);
    }
}

/// <summary>A release as stored, with when it was fetched.</summary>
public sealed record StoredRelease(Release Release, DateTimeOffset FetchedUtc);
