using System.Globalization;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Bench;

/// <summary>
/// The figures of one enrichment benchmark, all from what the fake servers counted and the runs timed: per source its
/// limit, requests, 429s and floor; the cold build against the Discogs floor and the sequential sum of floors; what
/// the second build asked again; the stage timeline and the match outcomes.
/// </summary>
internal sealed class EnrichmentReport(IReadOnlyList<EnrichmentFakeApi> apis, TimedRun harvest, TimedRun cold, TimedRun again, int listingPages)
{
    private EnrichmentFakeApi DiscogsApi => apis.Single(api => api.Name == EnrichmentFakeRoutes.Discogs);

    /// <summary>
    /// Seconds the API's limit needs at least for the work: each distinct resource asked once (a repeat, including one
    /// after a 429, is the client's cost, not the work's), at the API's average rate.
    /// </summary>
    public static double Floor(EnrichmentFakeApi api, FakeApiCounts counts) => counts.Targets.Count / api.RatePerSecond;

    public void PrintSources()
    {
        Console.WriteLine();
        Console.WriteLine($"{"source",-17}{"limit (scaled)",-19}{"cold build: req",16}{"429",6}{"floor s",9}{"2nd build: req",16}{"repeated",10}{"429",6}");
        foreach (var api in apis)
        {
            var first = cold.Counts[api.Name];
            var second = again.Counts[api.Name];
            var limit = string.Create(CultureInfo.InvariantCulture, $"{api.Permits}/{api.Window.TotalSeconds:0.###} s") + (api.Name.StartsWith("wiki", StringComparison.Ordinal) ? ", ≤3" : "");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{api.Name,-17}{limit,-19}{first.Requests,16}{first.RateLimited + first.OverConcurrency,6}{Floor(api, first),9:F1}{second.Requests,16}{second.Targets.Count(first.Targets.Contains),10}{second.RateLimited + second.OverConcurrency,6}"));
        }
    }

    public void PrintRuns(IReadOnlyList<string> fetchStages, IReadOnlyList<string> artworkStages)
    {
        var floor = Floor(DiscogsApi, cold.Counts[DiscogsApi.Name]);
        var sequential = apis.Sum(api => Floor(api, cold.Counts[api.Name]));
        var fetched = cold.Timeline.FinishedAt(fetchStages) ?? cold.Wall;
        var artworkDone = cold.Timeline.FinishedAt(artworkStages) ?? fetched;
        var harvestFloor = Floor(DiscogsApi, harvest.Counts[DiscogsApi.Name]);
        var enrichmentAgain = apis.Where(api => api.Name != DiscogsApi.Name).Sum(api => again.Counts[api.Name].Requests);
        var repeated = apis.Where(api => api.Name != DiscogsApi.Name).Sum(api => again.Counts[api.Name].Targets.Count(cold.Counts[api.Name].Targets.Contains));
        Console.WriteLine();
        var harvested = harvest.Counts[DiscogsApi.Name];
        Print($"harvest, Discogs only (cold):   {harvest.Wall,6:F1} s wall, {harvest.Cpu,5:F1} CPU s; {harvested.Requests} requests, {harvested.RateLimited} answered 429; its floor {harvestFloor:F1} s ({harvest.Wall / harvestFloor:F2}x)");
        Print($"build (cold), whole:            {cold.Wall,6:F1} s wall, {cold.Cpu,5:F1} CPU s");
        Print($"  listing + Discogs + enrichment{fetched,6:F1} s   (artwork, no images: {artworkDone - fetched:F1} s; skeleton + render: {cold.Wall - artworkDone:F1} s)");
        Print($"Discogs floor of the cold build: {floor,5:F1} s ({cold.Counts[DiscogsApi.Name].Requests} requests at {DiscogsApi.RatePerSecond:0.##}/s)");
        Print($"  wall ÷ floor: listing + Discogs + enrichment {fetched / floor:F2} (goal ≤ 1.10: {(fetched / floor <= 1.1 ? "met" : "NOT met")}); whole build incl. artwork and render {cold.Wall / floor:F2}");
        Print($"  sequential alternative (sum of every source's floor): {sequential:F1} s = {sequential / floor:F2}x the Discogs floor");
        Print($"build (again, at once):         {again.Wall,6:F1} s wall; Discogs requests {again.Counts[DiscogsApi.Name].Requests} (listing pages: {listingPages}); enrichment requests {enrichmentAgain}, repeated {repeated} (goal 0)");
    }

    public void PrintTimeline()
    {
        Console.WriteLine();
        Console.WriteLine($"cold build timeline (s from start) {"start",8}{"end",8}{"items",7}{"failed",8}");
        foreach (var span in cold.Timeline.Spans)
        {
            Print($"  {span.Stage,-33}{span.Started,8:F1}{span.Finished,8:F1}{span.Items,7}{span.Failed,8}{(span.Stopped is null ? "" : "  stopped: " + span.Stopped)}");
        }
    }

    public static async Task PrintMatchesAsync(string state, CancellationToken cancellationToken)
    {
        var database = new StateDatabase(state);
        Console.WriteLine();
        Console.WriteLine("matches stored by the cold build: " + string.Join("; ", [
            await TallyAsync("Apple Music", new MatchRepository<AppleMusicAlbum>(database, MatchTables.AppleMusic), cancellationToken),
            await TallyAsync("Spotify", new MatchRepository<SpotifyAlbum>(database, MatchTables.Spotify), cancellationToken),
            await TallyAsync("Wikipedia", new MatchRepository<WikipediaArticle>(database, MatchTables.Wikipedia), cancellationToken)]));
    }

    private static async Task<string> TallyAsync<T>(string source, MatchRepository<T> matches, CancellationToken cancellationToken)
        where T : class
    {
        var all = await matches.GetAllAsync(cancellationToken);
        var kinds = all.Values.GroupBy(d => d.State == MatchState.Matched ? d.Method ?? "?" : d.State.ToString().ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        return $"{source} {string.Join(", ", kinds)}";
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
