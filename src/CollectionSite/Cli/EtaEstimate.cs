namespace CollectionSite.Cli;

/// <summary>
/// How long a stage still needs, from the rate limits ahead and, once there is one, from the rate observed so far.
/// <para>
/// Planned: a stage that asks a remote source cannot go faster than the source permits, so the items still ahead of
/// every running stage that asks the same source (they share one limiter: in `build` the release, master and artist
/// lanes all draw on Discogs' 60 a minute) take at least
/// <c>itemsAhead × requestsPerItem ÷ permittedRequestsPerSecond</c>. E.g. 120 Discogs items at 60/min: 120 × 1 ÷ 1/s = 2 min.
/// </para>
/// <para>
/// Observed: <c>remaining ÷ (done ÷ elapsed)</c>, the stage's own pace, which includes what the plan cannot know (latency,
/// retries, 429 pauses, a follower waiting for the stage it follows, items that need no request at all).
/// </para>
/// <para>
/// Combined: the larger of the two. The permitted rate is a ceiling on speed, so the planned time is a floor; the
/// observed time is the better guess whenever the stage runs slower than that ceiling. Before the first item only
/// the plan is known; a stage without a remote source (or with no known rate) has only the observed time.
/// </para>
/// </summary>
public static class EtaEstimate
{
    /// <summary>Requests one item needs, as planned: one for every Discogs record stage (a release, master or artist is
    /// one GET); a match or an image may need one or two more, which the observed rate then accounts for.</summary>
    public const double RequestsPerItem = 1.0;

    /// <summary>The least time <paramref name="itemsAhead"/> items take at <paramref name="permittedRequestsPerSecond"/>;
    /// null without a known rate.</summary>
    public static TimeSpan? Planned(int itemsAhead, double? permittedRequestsPerSecond, double requestsPerItem = RequestsPerItem) =>
        permittedRequestsPerSecond is { } rate && rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, itemsAhead) * requestsPerItem / rate) : null;

    /// <summary>Items per second so far; null before the first item or at no elapsed time.</summary>
    public static double? ObservedRate(int done, TimeSpan elapsed) => done > 0 && elapsed > TimeSpan.Zero ? done / elapsed.TotalSeconds : null;

    /// <summary>The time <paramref name="remaining"/> items take at the observed rate; null without one.</summary>
    public static TimeSpan? Observed(int remaining, int done, TimeSpan elapsed) =>
        ObservedRate(done, elapsed) is { } rate ? TimeSpan.FromSeconds(Math.Max(0, remaining) / rate) : null;

    /// <summary>The larger of the two that are known (see the class comment), or null when neither is.</summary>
    public static TimeSpan? Combine(TimeSpan? planned, TimeSpan? observed) => (planned, observed) switch
    {
        ({ } p, { } o) => p > o ? p : o,
        ({ } p, null) => p,
        (null, { } o) => o,
        _ => null,
    };
}
