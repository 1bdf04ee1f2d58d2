using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// One source's decisions (enrichment_matches): per release for Apple Music and Spotify, per artist for Wikipedia,
/// stored under the id the page shows and found by any id of the same Discogs record. Overrides live apart
/// (<see cref="OverrideRepository"/>), so re-matching never touches them.
/// </summary>
public sealed class MatchRepository<T>(StateDatabase database, MatchTable<T> table)
    where T : class
{
    public MatchTable<T> Table => table;

    /// <summary>Stores <paramref name="decision"/> for <paramref name="itemId"/> inside <paramref name="state"/>, replacing the previous one.</summary>
    public Task SaveAsync(StateTransaction state, long itemId, MatchDecision<T> decision, CancellationToken cancellationToken)
    {
        if ((decision.State == MatchState.Matched) != (decision.Match is not null))
        {
            throw new ArgumentException("A matched decision carries its match, and only a matched one does.", nameof(decision));
        }

        var matched = decision.Match is { } match ? table.Identify(match) : null;
        return state.Connection.ExecuteAsync(
            """
            INSERT INTO enrichment_matches (source, item_kind, item_id, status, method, confidence, match_id, match_url, match_title,
                                            candidates_json, model_json, raw_json, decided_utc)
            VALUES ($source, $kind, $id, $status, $method, $confidence, $matchId, $matchUrl, $matchTitle, $candidates, $model, $raw, $now)
            ON CONFLICT (source, item_kind, item_id) DO UPDATE SET
                status = excluded.status, method = excluded.method, confidence = excluded.confidence,
                match_id = excluded.match_id, match_url = excluded.match_url, match_title = excluded.match_title,
                candidates_json = excluded.candidates_json, model_json = excluded.model_json, raw_json = excluded.raw_json,
                decided_utc = excluded.decided_utc
            """,
            cancellationToken,
            state.Transaction,
            ("$source", table.Source),
            ("$kind", table.ItemKind),
            ("$id", itemId),
            ("$status", ToDb(decision.State)),
            ("$method", decision.Method),
            ("$confidence", Math.Clamp(decision.Confidence, 0, 1)),
            ("$matchId", matched?.Id),
            ("$matchUrl", matched?.Url),
            ("$matchTitle", matched?.Title),
            ("$candidates", JsonSerializer.Serialize(decision.Candidates.ToList(), DomainJson.Default.ListMatchCandidate)),
            ("$model", decision.Match is { } model ? JsonSerializer.Serialize(table.WithRawJson(model, string.Empty), table.Json) : null),
            ("$raw", decision.Match is { } kept ? table.RawJson(kept) : null),
            ("$now", decision.DecidedUtc.ToDbTime()));
    }

    /// <summary>Stores a decision on its own, without stage progress. For seeding state outside the pipeline (tests).</summary>
    public Task SaveAsync(long itemId, MatchDecision<T> decision, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => SaveAsync(new StateTransaction(connection, transaction), itemId, decision, cancellationToken), cancellationToken);

    /// <summary>The decision for the record <paramref name="itemId"/> names (any of a merged record's ids); null when none is stored.</summary>
    public async Task<MatchDecision<T>?> GetAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"""
            SELECT {Columns} FROM enrichment_matches
            WHERE source = $source AND item_kind = $kind AND {ItemGroup.Contains(table.ItemKind, "item_id", "$id")}
            ORDER BY decided_utc DESC LIMIT 1
            """,
            Map,
            cancellationToken,
            null,
            ("$source", table.Source),
            ("$kind", table.ItemKind),
            ("$id", itemId));
        return rows.Count == 0 ? null : rows[0].Decision;
    }

    /// <summary>Every stored decision of the source, by the id it is stored under (the id the page shows).</summary>
    public async Task<IReadOnlyDictionary<long, MatchDecision<T>>> GetAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {Columns} FROM enrichment_matches WHERE source = $source AND item_kind = $kind",
            Map,
            cancellationToken,
            null,
            ("$source", table.Source),
            ("$kind", table.ItemKind));
        return rows.ToDictionary(r => r.ItemId, r => r.Decision);
    }

    private const string Columns = "item_id, status, method, confidence, candidates_json, model_json, raw_json, decided_utc";

    private (long ItemId, MatchDecision<T> Decision) Map(SqliteDataReader row)
    {
        var model = row.GetNullableString(5) is { } json
            ? JsonSerializer.Deserialize(json, table.Json) ?? throw new InvalidDataException($"{table.Source} match of {table.ItemKind} {row.GetInt64(0)} has an empty model.")
            : null;
        var decision = new MatchDecision<T>(
            FromDb(row.GetString(1)),
            row.GetNullableString(2),
            row.GetDouble(3),
            JsonSerializer.Deserialize(row.GetString(4), DomainJson.Default.ListMatchCandidate) ?? [],
            model is null ? null : table.WithRawJson(model, row.GetNullableString(6) ?? string.Empty),
            SqliteExtensions.FromDbTime(row.GetString(7)));
        return (row.GetInt64(0), decision);
    }

    private static string ToDb(MatchState state) => state switch
    {
        MatchState.Matched => "matched",
        MatchState.NoMatch => "no_match",
        _ => "skipped",
    };

    private static MatchState FromDb(string text) => text switch
    {
        "matched" => MatchState.Matched,
        "no_match" => MatchState.NoMatch,
        "skipped" => MatchState.Skipped,
        _ => throw new InvalidDataException($"Unknown enrichment_matches status '{text}'."),
    };
}
