using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>A release still to be processed by a stage, with how often it has failed so far.</summary>
public sealed record PendingRelease(long ReleaseId, int Attempts);

/// <summary>A recorded per-release failure: what went wrong, how often, and when it is retried.</summary>
public sealed record StageFailure(long ReleaseId, string Stage, int Attempts, string? LastError, DateTimeOffset? NextAttemptUtc, DateTimeOffset UpdatedUtc);

/// <summary>What a stage asks for when it looks for work.</summary>
/// <param name="Stage">The stage key, e.g. "discogs.release".</param>
/// <param name="RequiresStage">Only releases this other stage finished are eligible.</param>
/// <param name="Now">Failures whose next attempt is due by now are retried.</param>
/// <param name="StaleBefore">Finished rows older than this count as pending again (--refresh).</param>
/// <param name="RetryAllFailures">Ignore the back-off schedule (--retry-failed).</param>
public sealed record PendingQuery(string Stage, string? RequiresStage, DateTimeOffset Now, DateTimeOffset? StaleBefore, bool RetryAllFailures);

/// <summary>Per-release stage progress (release_stage). Progress is keyed by ids, never by position.</summary>
public sealed class StageProgressRepository(StateDatabase database)
{
    /// <summary>Releases in the collection (not removed, not skipped) the stage still has to do, newest additions first.</summary>
    public async Task<IReadOnlyList<PendingRelease>> GetPendingAsync(PendingQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT c.release_id, COALESCE(p.attempts, 0)
            FROM collection_items c
            LEFT JOIN skip_list s ON s.release_id = c.release_id
            LEFT JOIN release_stage p ON p.release_id = c.release_id AND p.stage = $stage
            WHERE c.removed_utc IS NULL AND s.release_id IS NULL
              AND ($requires IS NULL OR EXISTS (
                    SELECT 1 FROM release_stage d WHERE d.release_id = c.release_id AND d.stage = $requires AND d.status = 'done'))
              AND (p.release_id IS NULL
                   OR (p.status = 'failed' AND ($retryAll = 1 OR p.next_attempt_utc IS NULL OR p.next_attempt_utc <= $now))
                   OR (p.status <> 'failed' AND $staleBefore IS NOT NULL AND p.updated_utc < $staleBefore))
            GROUP BY c.release_id
            ORDER BY MAX(c.date_added) DESC, c.release_id
            """,
            r => new PendingRelease(r.GetInt64(0), r.GetInt32(1)),
            cancellationToken,
            null,
            ("$stage", query.Stage),
            ("$requires", query.RequiresStage),
            ("$now", query.Now.ToDbTime()),
            ("$staleBefore", query.StaleBefore?.ToDbTime()),
            ("$retryAll", query.RetryAllFailures ? 1 : 0));
    }

    public async Task MarkFinishedAsync(long releaseId, string stage, string status, string? inputHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await MarkFinishedAsync(connection, null, releaseId, stage, status, inputHash, now, cancellationToken);
    }

    /// <summary>Records success inside a caller's transaction, so the stage's data and its "done" land together.</summary>
    public static Task MarkFinishedAsync(SqliteConnection connection, SqliteTransaction? transaction, long releaseId, string stage, string status, string? inputHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            """
            INSERT INTO release_stage (release_id, stage, status, attempts, last_error, next_attempt_utc, input_hash, updated_utc)
            VALUES ($release, $stage, $status, 0, NULL, NULL, $hash, $now)
            ON CONFLICT (release_id, stage) DO UPDATE SET
                status = excluded.status, attempts = 0, last_error = NULL, next_attempt_utc = NULL,
                input_hash = excluded.input_hash, updated_utc = excluded.updated_utc
            """,
            cancellationToken,
            transaction,
            ("$release", releaseId),
            ("$stage", stage),
            ("$status", status),
            ("$hash", inputHash),
            ("$now", now.ToDbTime()));

    /// <summary>Records a failure: attempts + 1, the error text and when the next run should try again.</summary>
    public async Task RecordFailureAsync(long releaseId, string stage, string error, DateTimeOffset nextAttempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO release_stage (release_id, stage, status, attempts, last_error, next_attempt_utc, input_hash, updated_utc)
            VALUES ($release, $stage, 'failed', 1, $error, $next, NULL, $now)
            ON CONFLICT (release_id, stage) DO UPDATE SET
                status = 'failed', attempts = release_stage.attempts + 1, last_error = excluded.last_error,
                next_attempt_utc = excluded.next_attempt_utc, updated_utc = excluded.updated_utc
            """,
            cancellationToken,
            null,
            ("$release", releaseId),
            ("$stage", stage),
            ("$error", error),
            ("$next", nextAttempt.ToDbTime()),
            ("$now", now.ToDbTime()));
    }

    /// <summary>Open failures of releases still in the collection, most attempted first.</summary>
    public async Task<IReadOnlyList<StageFailure>> GetFailuresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT p.release_id, p.stage, p.attempts, p.last_error, p.next_attempt_utc, p.updated_utc
            FROM release_stage p
            WHERE p.status = 'failed'
              AND EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = p.release_id AND c.removed_utc IS NULL)
            ORDER BY p.attempts DESC, p.release_id, p.stage
            """,
            r => new StageFailure(
                r.GetInt64(0),
                r.GetString(1),
                r.GetInt32(2),
                r.GetNullableString(3),
                r.GetNullableString(4) is { } next ? SqliteExtensions.FromDbTime(next) : null,
                SqliteExtensions.FromDbTime(r.GetString(5))),
            cancellationToken);
    }
}
