using System.Text.Json;

namespace CollectionSite.Storage;

/// <summary>One row per run: start, end, outcome and the per-stage counts, for the summary and for `status` later.</summary>
public sealed class RunRepository(StateDatabase database)
{
    public async Task<long> StartAsync(string command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ScalarAsync(
            "INSERT INTO runs (command, started_utc) VALUES ($command, $now) RETURNING run_id",
            cancellationToken,
            null,
            ("$command", command),
            ("$now", now.ToDbTime()));
        return Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Closes the run. Uses no cancellation token on purpose: an interrupted run must still record that it was interrupted.</summary>
    /// <param name="outcome">completed, completed_with_failures, aborted, crashed or interrupted.</param>
    /// <param name="message">The one line the run ended with (why it aborted or crashed), or null.</param>
    public async Task FinishAsync(long runId, string outcome, string? message, IReadOnlyDictionary<string, int> counts, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "UPDATE runs SET ended_utc = $now, outcome = $outcome, message = $message, counts_json = $counts WHERE run_id = $id",
            CancellationToken.None,
            null,
            ("$now", now.ToDbTime()),
            ("$outcome", outcome),
            ("$message", message),
            ("$counts", JsonSerializer.Serialize(counts.ToDictionary(p => p.Key, p => p.Value), DomainJson.Default.DictionaryStringInt32)),
            ("$id", runId));
    }

    /// <summary>The most recent run, or null before the first one (for tests and the coming `status` command).</summary>
    public async Task<RunRecord?> GetLatestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT run_id, command, outcome, message FROM runs ORDER BY run_id DESC LIMIT 1",
            r => new RunRecord(r.GetInt64(0), r.GetString(1), r.GetNullableString(2), r.GetNullableString(3)),
            cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <summary>The <paramref name="count"/> most recent runs, newest first, for `status` and the admin UI.</summary>
    public async Task<IReadOnlyList<RunHistoryEntry>> GetRecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT run_id, command, started_utc, ended_utc, outcome, message FROM runs ORDER BY run_id DESC LIMIT $count",
            r => new RunHistoryEntry(
                r.GetInt64(0),
                r.GetString(1),
                SqliteExtensions.FromDbTime(r.GetString(2)),
                r.GetNullableString(3) is { } ended ? SqliteExtensions.FromDbTime(ended) : null,
                r.GetNullableString(4),
                r.GetNullableString(5)),
            cancellationToken,
            null,
            ("$count", count));
    }
}

/// <summary>A row of runs: <see cref="Outcome"/> is null while the run is still going (or was killed).</summary>
public sealed record RunRecord(long RunId, string Command, string? Outcome, string? Message);

/// <summary>
/// A past (or current) run: its command (harvest, build), start and end (UTC), outcome (completed,
/// completed_with_failures, aborted, crashed, interrupted) and the one line it ended with. No end and no outcome:
/// the run is still going, or the process was killed before it could record its end.
/// </summary>
public sealed record RunHistoryEntry(long RunId, string Command, DateTimeOffset StartedUtc, DateTimeOffset? EndedUtc, string? Outcome, string? Message);
