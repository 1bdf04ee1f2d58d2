namespace CollectionSite.Storage.Status;

/// <summary>
/// A simple, honest estimate of the next `build`: the time the rate limits impose, nothing else (rendering, image
/// resizing and answer times are not counted; they are small next to a rate-limited source).
/// <code>
/// listing  = ceil(copies / page size) requests when a full listing is due, else 1 (the quick check reads page 1;
///            it lists fully only if page 1 shows a change, which the estimate cannot know); on its source's budget
/// requests(stage) = due items × requests per item      (due = pending + failed; stages that do not run count 0)
/// time(source, step) = Σ requests of the source's stages in the step ÷ the source's requests per minute
/// estimate = listing ÷ its source's budget + Σ over steps of max over sources of time(source, step)
/// </code>
/// Stages of one step run side by side, so a step lasts as long as its slowest source (Discogs at 60 a minute,
/// shared by its record stages); steps run one after another. Artists of releases not fetched yet are unknown, so
/// a first import's estimate grows as release details arrive.
/// </summary>
public static class RunEstimator
{
    /// <param name="fullListingDue">Whether the next run lists the whole collection (first run, Discogs:FullListingDays reached).</param>
    public static NextRunEstimate Estimate(StatusPlan plan, int copies, IReadOnlyList<StageStatus> stages, bool fullListingDue = true)
    {
        var listing = fullListingDue ? (int)Math.Max(1, Math.Ceiling(copies / (double)plan.ListingPageSize)) : 1;
        var byKey = stages.ToDictionary(s => s.Key);
        var work = plan.Stages
            .Where(stage => stage.NotConfigured is null && byKey.ContainsKey(stage.Key))
            .Select(stage => (stage.Step, stage.Source, Items: byKey[stage.Key].Due, Requests: (int)Math.Ceiling(byKey[stage.Key].Due * stage.RequestsPerItem)))
            .ToList();

        var total = Minutes(listing, Budget(plan, plan.ListingSource));
        foreach (var step in work.GroupBy(w => w.Step))
        {
            total += step.GroupBy(w => w.Source).Select(source => Minutes(source.Sum(w => w.Requests), Budget(plan, source.Key))).DefaultIfEmpty(0).Max();
        }

        var sources = work.GroupBy(w => w.Source)
            .Select(source => (source.Key, Items: source.Sum(w => w.Items), Requests: source.Sum(w => w.Requests) + (source.Key == plan.ListingSource ? listing : 0)))
            .Select(source => new SourceWork(source.Key, source.Items, source.Requests, Budget(plan, source.Key), Round(Minutes(source.Requests, Budget(plan, source.Key)))))
            .ToList();
        return new NextRunEstimate(listing, sources, Round(total));
    }

    private static double Budget(StatusPlan plan, string source) =>
        plan.RequestsPerMinute.TryGetValue(source, out var perMinute) && perMinute > 0
            ? perMinute
            : throw new ArgumentException($"The status plan has no request budget for '{source}'.", nameof(plan));

    private static double Minutes(int requests, double perMinute) => requests / perMinute;

    private static TimeSpan Round(double minutes) => TimeSpan.FromSeconds(Math.Ceiling(minutes * 60));
}
