using System.Threading.RateLimiting;

namespace CollectionSite.Clients.Http;

/// <summary>
/// An exact moving-window limiter: never more than <c>permits</c> acquisitions in ANY window of length
/// <c>window</c> (a sliding log of grant times, not fixed segments, which can overshoot at their edges).
/// The server's own count wins over ours: <see cref="ObserveServerUsage"/> adds the requests we did not make
/// (other traffic from the same IP), and <see cref="BackOff"/> blocks all grants after a 429.
/// </summary>
public sealed class MovingWindowRateLimiter : RateLimiter
{
    private readonly Queue<DateTimeOffset> grants = new();
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly TimeSpan window;
    private readonly TimeSpan margin;
    private int permits;
    private DateTimeOffset blockedUntil = DateTimeOffset.MinValue;
    private DateTimeOffset? idleSince;

    /// <param name="permits">Budget per moving window.</param>
    /// <param name="window">Window length (60 s for Discogs).</param>
    /// <param name="margin">Extra wait before reusing a permit, so network jitter can't make two requests look
    /// closer together at the server than they were here.</param>
    /// <param name="time">Clock used for the log and the waits.</param>
    public MovingWindowRateLimiter(int permits, TimeSpan window, TimeSpan margin, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        this.permits = permits;
        this.window = window;
        this.margin = margin;
        this.time = time;
        idleSince = time.GetUtcNow();
    }

    public int PermitsPerWindow
    {
        get
        {
            lock (gate)
            {
                return permits;
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return idleSince is { } since ? time.GetUtcNow() - since : null;
            }
        }
    }

    /// <summary>Trust the server: if it counted more requests in its window than we did, fill our log up to its count.
    /// A lower limit announced by the server replaces ours.</summary>
    public void ObserveServerUsage(int used, int? limit)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            Prune(now);
            if (limit is > 0 && limit < permits)
            {
                permits = limit.Value;
            }

            for (var missing = Math.Min(used, permits) - grants.Count; missing > 0; missing--)
            {
                grants.Enqueue(now);
            }
        }
    }

    /// <summary>After a 429: grant nothing until <paramref name="delay"/> has passed.</summary>
    public void BackOff(TimeSpan delay)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + delay;
            if (until > blockedUntil)
            {
                blockedUntil = until;
            }
        }
    }

    /// <summary>How long until the whole window has drained (the safe wait after a 429 without Retry-After).</summary>
    public TimeSpan WindowDrainTime => window + margin;

    public override RateLimiterStatistics GetStatistics()
    {
        lock (gate)
        {
            Prune(time.GetUtcNow());
            return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permits - grants.Count) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (gate)
        {
            return TryGrant(permitCount, out _) ? FixedLease.Granted : FixedLease.Denied;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        await WaitAsync(take: true, cancellationToken);
        return FixedLease.Granted;
    }

    /// <summary>
    /// Waits until a permit could be granted, without taking it. A caller that must also wait for something else
    /// (a sending slot) waits here first and then takes the permit with <see cref="RateLimiter.AttemptAcquire(int)"/>
    /// right before it sends, so its permit is never counted long before the request leaves.
    /// </summary>
    public Task WaitForPermitAsync(CancellationToken cancellationToken) => WaitAsync(take: false, cancellationToken);

    private async Task WaitAsync(bool take, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                if (TryGrant(take, out wait))
                {
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private bool TryGrant(int permitCount, out TimeSpan wait)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        return TryGrant(take: true, out wait);
    }

    /// <param name="take">False: only say whether (and when) a permit is available.</param>
    private bool TryGrant(bool take, out TimeSpan wait)
    {
        var now = time.GetUtcNow();
        Prune(now);
        if (now < blockedUntil)
        {
            wait = blockedUntil - now;
            return false;
        }

        if (grants.Count >= permits)
        {
            wait = grants.Peek() + window + margin - now;
            if (wait <= TimeSpan.Zero)
            {
                wait = TimeSpan.FromMilliseconds(1);
            }

            return false;
        }

        if (take)
        {
            grants.Enqueue(now);
            idleSince = null;
        }

        wait = TimeSpan.Zero;
        return true;
    }

    /// <summary>Forget grants that can no longer be in any window that includes now (plus the safety margin).</summary>
    private void Prune(DateTimeOffset now)
    {
        while (grants.Count > 0 && grants.Peek() + window + margin <= now)
        {
            grants.Dequeue();
        }

        if (grants.Count == 0 && idleSince is null)
        {
            idleSince = now;
        }
    }
}
