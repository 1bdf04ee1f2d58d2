using CollectionSite.Domain;

namespace CollectionSite.Storage.Status;

/// <summary>
/// Reads the numbers `status` prints and the admin UI shows, from the state database only (no remote call, no run
/// lock: WAL lets it read while a build writes; each part is read on its own, so a running build may move a count
/// between two parts). An item's place in a stage comes from stage_progress (<see cref="ItemStatus"/>); a matching
/// stage's decisions from enrichment_matches, derived by <see cref="MatchStatuses.Of"/>.
/// </summary>
public sealed class StatusQuery(
    StateDatabase database,
    StageProgressRepository progress,
    ReleaseRepository releases,
    DiscogsIdRepository ids,
    RunRepository runs,
    MetaRepository meta,
    StatusPlan plan,
    TimeProvider time)
{
    /// <summary>How many runs <see cref="GetAsync(CancellationToken)"/> lists.</summary>
    public const int DefaultLastRuns = 10;

    /// <summary>The plan the counts and the estimate follow (stages, rate limits).</summary>
    public StatusPlan Plan => plan;

    /// <summary>The report with the <see cref="DefaultLastRuns"/> most recent runs.</summary>
    public Task<StatusReport> GetAsync(CancellationToken cancellationToken) => GetAsync(DefaultLastRuns, cancellationToken);

    /// <summary>The report with the <paramref name="lastRuns"/> most recent runs (at least 1).</summary>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The state database cannot be read.</exception>
    public async Task<StatusReport> GetAsync(int lastRuns, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastRuns, 1);
        var now = time.GetUtcNow();
        var collection = await CountCollectionAsync(cancellationToken);
        var items = new StageItems(progress, releases);
        var stages = new List<StageStatus>();
        foreach (var stage in plan.Stages)
        {
            stages.Add(await CountStageAsync(stage, items, cancellationToken));
        }

        var failures = await progress.GetFailuresAsync(cancellationToken);
        return new StatusReport(
            now,
            collection,
            stages,
            [.. failures.Where(f => f.Status == ItemStatus.Failed)],
            [.. failures.Where(f => f.Status == ItemStatus.DeadLetter)],
            await runs.GetRecentAsync(lastRuns, cancellationToken),
            RunEstimator.Estimate(plan, collection.Copies, stages, await FullListingDueAsync(now, cancellationToken)));
    }

    /// <summary>The harvest's rule: the first run, Discogs:FullListingDays 0, or that many days since the last full listing.</summary>
    private async Task<bool> FullListingDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await meta.GetTimeAsync(MetaRepository.LastFullListingKey, cancellationToken) is not { } last
        || plan.FullListingDays == 0
        || now - last >= TimeSpan.FromDays(plan.FullListingDays);

    private async Task<StageStatus> CountStageAsync(StatusStage stage, StageItems items, CancellationToken cancellationToken)
    {
        var universe = await items.OfAsync(stage, cancellationToken);
        var rows = await items.ProgressAsync(stage.Key, cancellationToken);
        int done = 0, notFound = 0, pending = 0, failed = 0, dead = 0;
        foreach (var id in universe)
        {
            switch (rows.GetValueOrDefault(id)?.Status)
            {
                case ItemStatus.Done: done++; break;
                case ItemStatus.NotFound: notFound++; break;
                case ItemStatus.Failed: failed++; break;
                case ItemStatus.DeadLetter: dead++; break;
                default: pending++; break;
            }
        }

        var matches = stage.MatchSource is { } source ? await CountMatchesAsync(source, stage.ItemKind, universe, rows, cancellationToken) : null;
        return new StageStatus(stage.Key, stage.Name, stage.Source, stage.ItemKind, stage.NotConfigured, universe.Count, done, notFound, pending, failed, dead, matches);
    }

    /// <summary>Decisions are stored under the id Discogs answered with (a merged record), progress under the listed id.</summary>
    private async Task<MatchCounts> CountMatchesAsync(
        string source, string itemKind, IReadOnlyList<long> universe, IReadOnlyDictionary<long, ItemProgress> rows, CancellationToken cancellationToken)
    {
        var answered = await ids.GetAnsweredAsync(itemKind == ItemKinds.Artist ? DiscogsIdRepository.Artist : DiscogsIdRepository.Release, cancellationToken);
        var decided = await DecisionsAsync(source, itemKind, cancellationToken);
        var statuses = universe
            .Select(id => MatchStatuses.Of(decided.TryGetValue(answered.GetValueOrDefault(id, id), out var state) ? state : null, rows.GetValueOrDefault(id)?.Status))
            .ToList();
        return new MatchCounts(statuses.Count(s => s == MatchStatus.Matched), statuses.Count(s => s == MatchStatus.NoMatch), statuses.Count(s => s == MatchStatus.Skipped));
    }

    private async Task<Dictionary<long, MatchState>> DecisionsAsync(string source, string itemKind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT item_id, status FROM enrichment_matches WHERE source = $source AND item_kind = $kind",
            r => (Id: r.GetInt64(0), State: r.GetString(1) switch
            {
                "matched" => MatchState.Matched,
                "no_match" => MatchState.NoMatch,
                _ => MatchState.Skipped,
            }),
            cancellationToken,
            null,
            ("$source", source),
            ("$kind", itemKind));
        return rows.ToDictionary(r => r.Id, r => r.State);
    }

    private async Task<CollectionCounts> CountCollectionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = await connection.QueryAsync(
            $"""
            SELECT (SELECT COUNT(*) FROM collection_items c WHERE {ActiveReleases.Owned("c")}),
                   (SELECT COUNT(DISTINCT c.release_id) FROM collection_items c WHERE {ActiveReleases.Owned("c")}),
                   (SELECT COUNT(*) FROM skip_list)
            """,
            r => new CollectionCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)),
            cancellationToken);
        return counts[0];
    }

    /// <summary>Each stage's items, as its stage would list them if the stage it follows finished everything it can; read once per query.</summary>
    private sealed class StageItems(StageProgressRepository progress, ReleaseRepository releases)
    {
        private readonly Dictionary<string, IReadOnlyDictionary<long, ItemProgress>> rows = [];
        private IReadOnlyList<long>? activeReleases;
        private IReadOnlyList<long>? pageArtists;

        public async Task<IReadOnlyList<long>> OfAsync(StatusStage stage, CancellationToken cancellationToken)
        {
            var all = stage.ItemKind == ItemKinds.Artist
                ? pageArtists ??= [.. (await releases.GetMainArtistIdsAsync(cancellationToken)).Where(DiscogsArtists.HasPage)]
                : activeReleases ??= await progress.GetActiveReleaseIdsAsync(null, cancellationToken);
            if (stage.RequiresStage is not { } required)
            {
                return all;
            }

            var upstream = await ProgressAsync(required, cancellationToken);
            return [.. all.Where(id => upstream.GetValueOrDefault(id)?.Status is not (ItemStatus.NotFound or ItemStatus.DeadLetter))];
        }

        public async Task<IReadOnlyDictionary<long, ItemProgress>> ProgressAsync(string stage, CancellationToken cancellationToken)
        {
            if (!rows.TryGetValue(stage, out var known))
            {
                known = await progress.GetProgressAsync(stage, cancellationToken);
                rows[stage] = known;
            }

            return known;
        }
    }
}
