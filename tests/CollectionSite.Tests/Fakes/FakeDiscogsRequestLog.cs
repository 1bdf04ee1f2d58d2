namespace CollectionSite.Tests.Fakes;

/// <summary>
/// One request as the fake saw it. <paramref name="Arrival"/> is measured from server start on the server's clock.
/// <paramref name="Status"/> is 0 when the fake dropped the connection and 499 when the client gave up first.
/// <paramref name="RateLimited"/> marks the 429s of the window (scripted 429s are faults, not rate limiting).
/// </summary>
public sealed record FakeDiscogsRequest(
    long Sequence,
    string Method,
    string PathAndQuery,
    TimeSpan Arrival,
    int Status,
    string? UserAgent,
    bool HadAuthorization,
    bool RateLimited,
    string? Fault);

/// <summary>Thread-safe record of every request the fake answered, in arrival order.</summary>
public sealed class FakeDiscogsRequestLog
{
    public const int ClientClosedRequest = 499;

    private readonly List<FakeDiscogsRequest> entries = [];
    private readonly Lock gate = new();

    public int Total
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>Every 429 answered, from the window or scripted.</summary>
    public int TooManyRequests => Count(r => r.Status == 429);

    public int Count(Func<FakeDiscogsRequest, bool> predicate)
    {
        lock (gate)
        {
            return entries.Count(predicate);
        }
    }

    /// <summary>A copy ordered by arrival.</summary>
    public IReadOnlyList<FakeDiscogsRequest> Snapshot()
    {
        lock (gate)
        {
            return entries.OrderBy(e => e.Sequence).ToList();
        }
    }

    /// <summary>The most requests the window accepted within any one moving <paramref name="window"/>: must never exceed the limit.</summary>
    public int PeakInAnyWindow(TimeSpan window)
    {
        var times = Snapshot().Where(r => !r.RateLimited).Select(r => r.Arrival).Order().ToList();
        var peak = 0;
        var start = 0;
        for (var end = 0; end < times.Count; end++)
        {
            while (times[end] - times[start] >= window)
            {
                start++;
            }

            peak = Math.Max(peak, end - start + 1);
        }

        return peak;
    }

    /// <summary>Accepted requests per <paramref name="window"/>, averaged from the first to the last arrival.</summary>
    public double AverageRatePerWindow(TimeSpan window)
    {
        var times = Snapshot().Where(r => !r.RateLimited).Select(r => r.Arrival).ToList();
        if (times.Count < 2)
        {
            return times.Count;
        }

        var span = times.Max() - times.Min();
        return span <= TimeSpan.Zero ? double.PositiveInfinity : (times.Count - 1) * (window / span);
    }

    /// <summary>Waits for answers the client may not have seen (a dropped or abandoned request is logged after the fact).</summary>
    public async Task WaitForTotalAsync(int total, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (Total < total)
        {
            await Task.Delay(10, cts.Token);
        }
    }

    internal void Add(FakeDiscogsRequest request)
    {
        lock (gate)
        {
            entries.Add(request);
        }
    }
}
