namespace CollectionSite.Storage;

/// <summary>
/// Per-item stage progress (stage_progress), keyed by ids, never by position. Which items are due is decided
/// by the stage base from <see cref="GetProgressAsync"/>; this class stores and reads the rows.
/// </summary>
public sealed class StageProgressRepository(StateDatabase database)
{
    /// <summary>
    /// Releases in the collection (not removed, not skipped), newest additions first, once each however many
    /// copies are owned. With <paramref name="requiresStage"/>, only releases that stage has done.
    /// </summary>
    public async Task<IReadOnlyList<long>> GetActiveReleaseIdsAsync(string? requiresStage, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT c.release_id
            FROM collection_items c
            WHERE {ActiveReleases.Owned("c")}
              AND ($requires IS NULL OR EXISTS (
                    SELECT 1 FROM stage_progress d WHERE d.stage = $requires AND d.item_id = c.release_id AND d.status = 'done'))
            GROUP BY c.release_id
            ORDER BY MAX(c.date_added) DESC, c.release_id
            """,
            r => r.GetInt64(0),
            cancellationToken,
            null,
            ("$requires", requiresStage));
    }

    /// <summary>Every stored row of <paramref name="stage"/>, by item id. Items without a row were never tried.</summary>
    public async Task<IReadOnlyDictionary<long, ItemProgress>> GetProgressAsync(string stage, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT item_id, status, attempts, updated_utc FROM stage_progress WHERE stage = $stage",
            r => new ItemProgress(r.GetInt64(0), ItemStatusText.FromDb(r.GetString(1)), r.GetInt32(2), SqliteExtensions.FromDbTime(r.GetString(3))),
            cancellationToken,
            null,
            ("$stage", stage));
        return rows.ToDictionary(p => p.ItemId);
    }

    /// <summary>
    /// Runs <paramref name="write"/> (when given) and records the item as <paramref name="status"/> (done or
    /// not found) in one transaction: the data and the "done" land together or not at all. Clears any failure.
    /// </summary>
    /// <param name="settledRuns">For a done item that settled for less (an artwork fallback after a better source
    /// failed): the runs in a row it has, kept in attempts so the stage knows when to stop asking again; 0 otherwise.</param>
    public Task FinishAsync(StageItem item, ItemStatus status, StateWrite? write, DateTimeOffset now, CancellationToken cancellationToken, int settledRuns = 0)
    {
        if (status is not (ItemStatus.Done or ItemStatus.NotFound))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "An item finishes as done or not found.");
        }

        return database.InTransactionAsync(
            async (connection, transaction) =>
            {
                if (write is not null)
                {
                    await write(new StateTransaction(connection, transaction), cancellationToken);
                }

                await UpsertAsync(new StateTransaction(connection, transaction), item, status, settledRuns, null, now, cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>Records a failed run of the item: its status (failed or dead letter), failed runs so far and the error text.</summary>
    public Task RecordFailureAsync(StageItem item, ItemStatus status, int attempts, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (status is not (ItemStatus.Failed or ItemStatus.DeadLetter))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A failure is recorded as failed or dead letter.");
        }

        return database.InTransactionAsync(
            (connection, transaction) => UpsertAsync(new StateTransaction(connection, transaction), item, status, attempts, error, now, cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Failed and dead-lettered items, most failed runs first. A release's rows are left out once it has left the
    /// collection or is skipped: its failures no longer matter. (Rows of other kinds whose items are no longer listed
    /// are forgotten by their stage: <see cref="ForgetUnlistedFailuresAsync"/>.)
    /// </summary>
    public async Task<IReadOnlyList<StageFailure>> GetFailuresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"""
            SELECT p.stage, p.item_kind, p.item_id, p.status, p.attempts, p.last_error, p.updated_utc
            FROM stage_progress p
            WHERE p.status IN ('failed', 'dead_letter')
              AND (p.item_kind <> 'release'
                   OR EXISTS (SELECT 1 FROM collection_items c WHERE c.release_id = p.item_id AND {ActiveReleases.Owned("c")}))
            ORDER BY p.attempts DESC, p.stage, p.item_id
            """,
            r => new StageFailure(
                r.GetString(0),
                r.GetString(1),
                r.GetInt64(2),
                ItemStatusText.FromDb(r.GetString(3)),
                r.GetInt32(4),
                r.GetNullableString(5),
                SqliteExtensions.FromDbTime(r.GetString(6))),
            cancellationToken);
    }

    /// <summary>
    /// Forgets the failures and dead letters of <paramref name="stage"/> whose items it no longer lists (an artist no
    /// release credits any more, a release that left or was skipped): no run would try them again, so they must not
    /// keep a summary, `retry` or --strict busy. If the item comes back, it starts afresh.
    /// </summary>
    public async Task ForgetUnlistedFailuresAsync(string stage, IReadOnlyCollection<long> listed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            DELETE FROM stage_progress
            WHERE stage = $stage AND status IN ('failed', 'dead_letter')
              AND item_id NOT IN (SELECT value FROM json_each($listed))
            """,
            cancellationToken,
            null,
            ("$stage", stage),
            ("$listed", "[" + string.Join(",", listed.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]"));
    }

    /// <summary>
    /// Brings dead letters back: they become failed items with no failed runs counted, so the next run tries
    /// them again and they get the full number of attempts. Done items that settled for less (an artwork fallback kept
    /// after its better source failed Retry:MaxAttempts runs) get their runs reset the same way, so the better source is
    /// asked again. Null filters match everything.
    /// </summary>
    /// <param name="stage">Only this stage key (e.g. "discogs.master"), or every stage.</param>
    /// <param name="itemId">Only this item id (a release id, or an artist id for discogs.artists), or every item.</param>
    /// <param name="itemKind">Only items of this kind (<see cref="ItemKinds"/>), so a release id never matches an artist.</param>
    /// <returns>How many items were brought back.</returns>
    public async Task<int> RequeueAsync(string? stage, long? itemId, string? itemKind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var requeued = 0;
        foreach (var sql in new[]
        {
            "UPDATE stage_progress SET status = 'failed', attempts = 0 WHERE status = 'dead_letter'",
            "UPDATE stage_progress SET attempts = 0 WHERE status = 'done' AND attempts > 0",
        })
        {
            requeued += await connection.ExecuteAsync(
                sql + " AND ($stage IS NULL OR stage = $stage) AND ($id IS NULL OR item_id = $id) AND ($kind IS NULL OR item_kind = $kind)",
                cancellationToken,
                null,
                ("$stage", stage),
                ("$id", itemId),
                ("$kind", itemKind));
        }

        return requeued;
    }

    private static Task<int> UpsertAsync(StateTransaction state, StageItem item, ItemStatus status, int attempts, string? error, DateTimeOffset now, CancellationToken cancellationToken) =>
        state.Connection.ExecuteAsync(
            """
            INSERT INTO stage_progress (stage, item_kind, item_id, status, attempts, last_error, updated_utc)
            VALUES ($stage, $kind, $id, $status, $attempts, $error, $now)
            ON CONFLICT (stage, item_id) DO UPDATE SET
                item_kind = excluded.item_kind, status = excluded.status, attempts = excluded.attempts,
                last_error = excluded.last_error, updated_utc = excluded.updated_utc
            """,
            cancellationToken,
            state.Transaction,
            ("$stage", item.Stage),
            ("$kind", item.Kind),
            ("$id", item.Id),
            ("$status", status.ToDb()),
            ("$attempts", attempts),
            ("$error", error),
            ("$now", now.ToDbTime()));
}
