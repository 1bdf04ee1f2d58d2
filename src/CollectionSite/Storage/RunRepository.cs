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
    public async Task FinishAsync(long runId, string outcome, IReadOnlyDictionary<string, int> counts, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "UPDATE runs SET ended_utc = $now, outcome = $outcome, counts_json = $counts WHERE run_id = $id",
            CancellationToken.None,
            null,
            ("$now", now.ToDbTime()),
            ("$outcome", outcome),
            ("$counts", JsonSerializer.Serialize(counts.ToDictionary(p => p.Key, p => p.Value), DomainJson.Default.DictionaryStringInt32)),
            ("$id", runId));
    }
}
