namespace CollectionSite.Tests.Fakes;

/// <summary>Outcome of one request against the moving window, with the numbers the rate-limit headers report.</summary>
public readonly record struct FakeDiscogsRateDecision(bool Accepted, int Limit, int Used, TimeSpan RetryAfter)
{
    public int Remaining => Math.Max(0, Limit - Used);
}

/// <summary>
/// Discogs' throttle: a moving window over arrival times. A request is accepted when fewer than the limit
/// requests (accepted ones and phantom "other traffic") arrived within the last window; rejected requests are
/// not counted. There is no fixed reset point, so a client that assumes one gets 429s.
/// </summary>
internal sealed class FakeDiscogsRateWindow(int permits, TimeSpan window, TimeProvider time)
{
    private readonly Queue<long> arrivals = new();
    private readonly Lock gate = new();

    public FakeDiscogsRateDecision TryAcquire()
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            Expire(now);
            if (arrivals.Count >= permits)
            {
                // The oldest arrival leaves the window first; that is when a permit frees up.
                var wait = window - time.GetElapsedTime(arrivals.Peek(), now);
                return new FakeDiscogsRateDecision(false, permits, arrivals.Count, wait);
            }

            arrivals.Enqueue(now);
            return new FakeDiscogsRateDecision(true, permits, arrivals.Count, TimeSpan.Zero);
        }
    }

    /// <summary>Other traffic from the same IP: <paramref name="requests"/> arrivals now, which expire like real ones.</summary>
    public void Consume(int requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        lock (gate)
        {
            var now = time.GetTimestamp();
            for (var i = 0; i < requests; i++)
            {
                arrivals.Enqueue(now);
            }
        }
    }

    public int Used
    {
        get
        {
            lock (gate)
            {
                Expire(time.GetTimestamp());
                return arrivals.Count;
            }
        }
    }

    private void Expire(long now)
    {
        while (arrivals.Count > 0 && time.GetElapsedTime(arrivals.Peek(), now) >= window)
        {
            arrivals.Dequeue();
        }
    }
}
