using System.Text.Json;
using CollectionSite.Domain;

namespace CollectionSite.Storage;

/// <summary>
/// Fetched release details: the raw Discogs JSON, the mapped model and the columns later stages query. A release
/// is stored under the id Discogs answered with; the collection's id for it (a merged record: asked for 301,
/// answered 302) finds it through <see cref="DiscogsIdRepository"/>.
/// </summary>
public sealed class ReleaseRepository(StateDatabase database)
{
    /// <summary>
    /// Stores a fetched release and marks <paramref name="stage"/> done for it, in one transaction. For seeding
    /// state outside the pipeline (tests, the benchmark); stages return <c>ItemOutcome.Store</c> instead.
    /// </summary>
    public Task SaveAsync(Fetched<Release> fetched, string stage, DateTimeOffset now, CancellationToken cancellationToken) =>
        SaveAsync(fetched.Value.Id, fetched, stage, now, cancellationToken);

    /// <summary>As <see cref="SaveAsync(Fetched{Release}, string, DateTimeOffset, CancellationToken)"/>, for a release
    /// asked for as <paramref name="askedId"/> (which may have answered under another id).</summary>
    public Task SaveAsync(long askedId, Fetched<Release> fetched, string stage, DateTimeOffset now, CancellationToken cancellationToken) =>
        new StageProgressRepository(database).FinishAsync(
            new StageItem(stage, ItemKinds.Release, askedId),
            ItemStatus.Done,
            (state, token) => SaveAsync(state, askedId, fetched, now, token),
            now,
            cancellationToken);

    /// <summary>
    /// Stores a fetched release inside <paramref name="state"/> under the id it answered with, and remembers that
    /// asking for <paramref name="askedId"/> gave it (the stage base marks the asked item done in the same transaction).
    /// </summary>
    public static async Task SaveAsync(StateTransaction state, long askedId, Fetched<Release> fetched, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var release = fetched.Value;
        await state.Connection.ExecuteAsync(
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
        await DiscogsIdRepository.RecordAsync(state.Connection, state.Transaction, DiscogsIdRepository.Release, askedId, release.Id, now, cancellationToken);
    }

    /// <summary>
    /// Whether the release is stored and not stale: true when another id's answer already brought it (two owned ids
    /// of one merged release), so it is not fetched twice.
    /// </summary>
    public async Task<bool> IsFreshAsync(long releaseId, DateTimeOffset? staleBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ScalarAsync(
            $"SELECT 1 FROM releases WHERE release_id = {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, "$id")} AND ($staleBefore IS NULL OR fetched_utc >= $staleBefore)",
            cancellationToken,
            null,
            ("$id", releaseId),
            ("$staleBefore", staleBefore?.ToDbTime())) is not null;
    }

    public async Task<Release?> GetAsync(long releaseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT model_json FROM releases WHERE release_id = {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, "$id")}",
            r => JsonSerializer.Deserialize(r.GetString(0), DomainJson.Default.Release),
            cancellationToken,
            null,
            ("$id", releaseId));
        return rows.FirstOrDefault();
    }

    /// <summary>
    /// The main artists (release-level credits) of fetched releases still in the collection (under their own id or
    /// one that was answered with theirs) and not skipped, each once, those of the newest additions first. Read from
    /// the stored model (model_json "artists").
    /// </summary>
    public async Task<IReadOnlyList<long>> GetMainArtistIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT json_extract(a.value, '$.id') AS artist_id
            FROM collection_items c
            JOIN releases r ON r.release_id = {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, "c.release_id")}
            JOIN json_each(r.model_json, '$.artists') a
            WHERE {ActiveReleases.Owned("c")}
            GROUP BY artist_id
            ORDER BY MAX(c.date_added) DESC, artist_id
            """,
            r => r.GetInt64(0),
            cancellationToken);
    }

    /// <summary>
    /// Fetched releases that still have a copy in the collection (under their own id or one that was answered with
    /// theirs) and are not skipped (under either id), by release id.
    /// </summary>
    public Task<IReadOnlyList<StoredRelease>> GetActiveAsync(CancellationToken cancellationToken) =>
        GetActiveAsync(release => release, cancellationToken);

    /// <summary>
    /// As <see cref="GetActiveAsync(CancellationToken)"/>, each release passed through <paramref name="shape"/> as it is
    /// read: a caller that keeps only part of every release (site rendering keeps an outline of 50,000) never holds
    /// them all whole at once.
    /// </summary>
    public async Task<IReadOnlyList<StoredRelease>> GetActiveAsync(Func<Release, Release> shape, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT r.release_id, r.model_json, r.fetched_utc FROM releases r
            WHERE r.release_id IN (
                    SELECT {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, "c.release_id")} FROM collection_items c
                    WHERE {ActiveReleases.Owned("c")})
            ORDER BY r.release_id
            """,
            r => new StoredRelease(shape(Model(r)), SqliteExtensions.FromDbTime(r.GetString(2))),
            cancellationToken);
    }

    /// <summary>
    /// The stored releases of <paramref name="releaseIds"/> (ids they are stored under), by id; an id not stored is
    /// absent. One query per call: site rendering asks for one batch of pages at a time.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, StoredRelease>> GetByIdsAsync(IReadOnlyCollection<long> releaseIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            """
            SELECT r.release_id, r.model_json, r.fetched_utc FROM releases r
            WHERE r.release_id IN (SELECT value FROM json_each($ids))
            """,
            r => (Id: r.GetInt64(0), Stored: new StoredRelease(Model(r), SqliteExtensions.FromDbTime(r.GetString(2)))),
            cancellationToken,
            null,
            ("$ids", "[" + string.Join(",", releaseIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]"));
        return rows.ToDictionary(row => row.Id, row => row.Stored);
    }

    private static Release Model(Microsoft.Data.Sqlite.SqliteDataReader row) =>
        JsonSerializer.Deserialize(row.GetString(1), DomainJson.Default.Release)
            ?? throw new InvalidDataException($"Release {row.GetInt64(0)} has an empty model.");
}

/// <summary>A release as stored, with when it was fetched.</summary>
public sealed record StoredRelease(Release Release, DateTimeOffset FetchedUtc);
