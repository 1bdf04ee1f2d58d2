namespace CollectionSite.Clients.Http;

/// <summary>
/// The moment after which no remote request may start in this run (the time budget minus the render reserve), shared
/// by the stages, which stop starting items, and every <see cref="ResilientHttpHandler"/>, which refuses to send, so no
/// stage can slip a request past it. One per process (the run lock allows one run per state folder); unset: no limit.
/// </summary>
public sealed class RequestDeadline(TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset? stopStartingAt;

    /// <summary>When requests stop being started (UTC), or null when the run has no time budget.</summary>
    public DateTimeOffset? StopStartingAt
    {
        get
        {
            lock (gate)
            {
                return stopStartingAt;
            }
        }
    }

    /// <summary>Whether the deadline is set and the clock has reached it.</summary>
    public bool HasPassed => StopStartingAt is { } at && time.GetUtcNow() >= at;

    /// <summary>Time left before the deadline (zero once passed); null without one.</summary>
    public TimeSpan? Remaining => StopStartingAt is { } at ? (at - time.GetUtcNow()) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero : null;

    /// <summary>Sets (or with null clears) the deadline for the run that is starting.</summary>
    public void Set(DateTimeOffset? at)
    {
        lock (gate)
        {
            stopStartingAt = at;
        }
    }

    /// <exception cref="TimeBudgetExhaustedException">The deadline has passed.</exception>
    public void ThrowIfPassed(string service)
    {
        if (HasPassed)
        {
            throw new TimeBudgetExhaustedException(service);
        }
    }
}

/// <summary>
/// A request was not started because the run's time budget is spent (<see cref="RequestDeadline"/>). Not a failure of
/// the item or the source: stages stop starting work, count what is left, and the next run continues.
/// </summary>
public sealed class TimeBudgetExhaustedException : Exception
{
    public TimeBudgetExhaustedException()
        : this("a remote service")
    {
    }

    public TimeBudgetExhaustedException(string service)
        : base($"The run's time budget is spent: no new request to {service} is started.")
    {
    }

    public TimeBudgetExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
