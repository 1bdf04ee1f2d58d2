using static System.FormattableString;

namespace CollectionSite.Bench;

/// <summary>
/// The rate-limited rows, through the real client stack against the fake APIs (<see cref="EnrichmentRig"/>): cold
/// harvests against the Discogs floor, every 429 any API answered, a cold build with all sources against its Discogs
/// floor, and the no-op build after it (requests sent, site files written).
/// </summary>
internal static class HarvestRows
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(5);

    public static async Task<IReadOnlyList<TableRow>> MeasureAsync(TableSizes sizes, string root, CancellationToken cancellationToken)
    {
        var rows = new List<TableRow>();
        var runs = new List<(string Label, TimedRun Run)>();
        foreach (var releases in sizes.Harvests)
        {
            await using var rig = await EnrichmentRig.StartAsync(releases, sizes.Scale, Latency, EnrichmentRig.DefaultFixtures, Path.Combine(root, $"harvest-{releases}"));
            var harvest = Checked(await rig.HarvestAsync("state", cancellationToken));
            Console.WriteLine(Invariant($"cold harvest of {releases:N0} releases: {harvest.Wall:F1} s"));
            runs.Add((Invariant($"harvest {releases:N0}"), harvest));
            var (floor, requests) = DiscogsFloor(rig, harvest);
            rows.Add(new TableRow(
                Invariant($"harvest efficiency, {releases:N0} releases cold (floor ÷ actual)"), floor / harvest.Wall,
                Invariant($"{floor / harvest.Wall:F2} ({harvest.Wall:F1} s)"),
                Invariant($"Discogs floor {floor:F1} s: {requests:N0} requests at {rig.DiscogsApi.RatePerSecond:0.#}/s"), Goal.AtLeast(0.95)));
        }

        await using (var rig = await EnrichmentRig.StartAsync(sizes.Build, sizes.Scale, Latency, EnrichmentRig.DefaultFixtures, Path.Combine(root, "build")))
        {
            var cold = Checked(await rig.BuildAsync("state", cancellationToken));
            var site = rig.Host.Settings("state").Paths.Output;
            var before = OutputTree.Take(site);
            await rig.DrainAsync(cancellationToken);
            var again = Checked(await rig.BuildAsync("state", cancellationToken));
            Console.WriteLine(Invariant($"cold build of {sizes.Build:N0} releases, all sources: {cold.Wall:F1} s; no-op build after it: {again.Wall:F1} s"));
            runs.AddRange([("cold build", cold), ("no-op build", again)]);
            rows.Add(ColdBuild(rig, cold));
            var sent = again.Counts.Values.Sum(counts => counts.Requests);
            rows.Add(new TableRow(
                Invariant($"no-op build after it: requests sent"), sent, Invariant($"{sent:N0}"),
                Invariant($"cold build sent {cold.Counts.Values.Sum(counts => counts.Requests):N0}"), Goal.AtMost(1)));
            var written = before.Written(OutputTree.Take(site));
            rows.Add(new TableRow(
                Invariant($"no-op build after it: site files written"), written, Invariant($"{written:N0}"),
                Invariant($"cold build left {before.Count:N0} files"), Goal.AtMost(0)));
        }

        rows.Add(Refusals(runs));
        return rows;
    }

    /// <summary>Every 429 the fake APIs answered in <paramref name="runs"/>, and which run and API got them (over the window or over the in-flight cap).</summary>
    private static TableRow Refusals(IReadOnlyList<(string Label, TimedRun Run)> runs)
    {
        var refusals = runs.SelectMany(run => run.Run.Counts
                .Where(api => api.Value.RateLimited + api.Value.OverConcurrency > 0)
                .Select(api => Invariant($"{run.Label} {api.Key}: {api.Value.RateLimited} window, {api.Value.OverConcurrency} in flight")))
            .ToList();
        var total = runs.Sum(run => run.Run.Counts.Values.Sum(counts => counts.RateLimited + counts.OverConcurrency));
        return new TableRow(
            "429 answers, every API, every run above", total, total == 0 ? "0" : Invariant($"{total:N0} ({string.Join("; ", refusals)})"),
            Invariant($"of {runs.Sum(run => run.Run.Counts.Values.Sum(counts => counts.Requests)):N0} requests sent"), Goal.AtMost(0));
    }

    /// <summary>The Discogs floor of a run: each distinct resource it asked once, at the fake's (scaled) rate.</summary>
    private static (double Seconds, int Requests) DiscogsFloor(EnrichmentRig rig, TimedRun run)
    {
        var counts = run.Counts[rig.DiscogsApi.Name];
        return (EnrichmentReport.Floor(rig.DiscogsApi, counts), counts.Targets.Count);
    }

    /// <summary>
    /// The whole cold build with every source (listing, Discogs records, enrichment, artwork, render) against its Discogs
    /// floor, as the issue defines the figure; the rate-limited part alone (what the enrichment mode reports) beside it.
    /// </summary>
    private static TableRow ColdBuild(EnrichmentRig rig, TimedRun cold)
    {
        var (floor, requests) = DiscogsFloor(rig, cold);
        var fetched = cold.Timeline.FinishedAt(rig.FetchStages) ?? cold.Wall;
        return new TableRow(
            Invariant($"cold build, {rig.Collection.Releases.Count:N0} releases, all sources ÷ Discogs floor"), cold.Wall / floor,
            Invariant($"{cold.Wall / floor:F2} ({cold.Wall:F1} s; fetching done at {fetched:F1} s, {fetched / floor:F2})"),
            Invariant($"Discogs floor {floor:F1} s: {requests:N0} requests"), Goal.AtMost(1.1));
    }

    /// <summary>A run that did not complete cleanly measures something else: the section stops with its reason.</summary>
    private static TimedRun Checked(TimedRun run) => run.Problem is { } problem ? throw new InvalidOperationException(problem) : run;

}
