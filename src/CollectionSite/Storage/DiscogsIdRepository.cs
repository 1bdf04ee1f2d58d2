using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// Which id Discogs answered under when asked for another (merged records: GET /releases/301 answers "id": 302).
/// Records are stored under the answered id; every lookup by id goes through <see cref="Resolved"/>, so one record
/// (and one page) serves whichever id referred to it and nothing is fetched twice.
/// </summary>
public sealed class DiscogsIdRepository(StateDatabase database)
{
    public const string Release = "release";
    public const string Master = "master";
    public const string Artist = "artist";

    /// <summary>asked id → answered id, for every id of <paramref name="kind"/> that was answered under another.</summary>
    public async Task<IReadOnlyDictionary<long, long>> GetAnsweredAsync(string kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT asked_id, answered_id FROM discogs_ids WHERE kind = $kind",
            r => (Asked: r.GetInt64(0), Answered: r.GetInt64(1)),
            cancellationToken,
            null,
            ("$kind", kind));
        return rows.ToDictionary(r => r.Asked, r => r.Answered);
    }

    /// <summary>SQL for the id a stored <paramref name="kind"/> record has, given the id in <paramref name="idExpression"/>.</summary>
    /// <param name="kind">One of the constants of this class (it is written into the SQL).</param>
    /// <param name="idExpression">A column or parameter, e.g. "c.release_id" or "$id".</param>
    internal static string Resolved(string kind, string idExpression) => string.Create(
        CultureInfo.InvariantCulture,
        $"COALESCE((SELECT x.answered_id FROM discogs_ids x WHERE x.kind = '{Known(kind)}' AND x.asked_id = {idExpression}), {idExpression})");

    /// <summary>
    /// Records, inside the caller's transaction, that asking for <paramref name="asked"/> gave <paramref name="answered"/>.
    /// The newest answer wins: an id answering for itself again drops its mapping, and ids that led to
    /// <paramref name="asked"/> now lead straight to <paramref name="answered"/>.
    /// </summary>
    internal static async Task RecordAsync(
        SqliteConnection connection, SqliteTransaction transaction, string kind, long asked, long answered, DateTimeOffset now, CancellationToken cancellationToken)
    {
        (string, object?)[] ids = [("$kind", Known(kind)), ("$asked", asked), ("$answered", answered)];
        await connection.ExecuteAsync("DELETE FROM discogs_ids WHERE kind = $kind AND asked_id = $asked", cancellationToken, transaction, ids);
        if (asked == answered)
        {
            return;
        }

        await connection.ExecuteAsync(
            """
            UPDATE discogs_ids SET answered_id = $answered WHERE kind = $kind AND answered_id = $asked;
            DELETE FROM discogs_ids WHERE kind = $kind AND asked_id = $answered;
            INSERT INTO discogs_ids (kind, asked_id, answered_id, recorded_utc) VALUES ($kind, $asked, $answered, $now);
            """,
            cancellationToken,
            transaction,
            [.. ids, ("$now", now.ToDbTime())]);
    }

    private static string Known(string kind) =>
        kind is Release or Master or Artist ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a Discogs resource kind.");
}
