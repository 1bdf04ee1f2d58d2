namespace CollectionSite.Pipeline;

/// <summary>
/// When a failed item is tried again. Runs are usually nightly, so the schedule grows from minutes to a day:
/// a transient outage heals by the next run, a permanent failure stops costing requests every run.
/// </summary>
public static class RetrySchedule
{
    private static readonly TimeSpan First = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    /// <param name="attemptsSoFar">Failed attempts before this one (0 for the first failure).</param>
    /// <param name="now">The time of this failure.</param>
    public static DateTimeOffset NextAttempt(int attemptsSoFar, DateTimeOffset now)
    {
        var factor = Math.Pow(4, Math.Min(attemptsSoFar, 10));
        var delay = TimeSpan.FromTicks((long)Math.Min(First.Ticks * factor, Longest.Ticks));
        return now + delay;
    }
}
