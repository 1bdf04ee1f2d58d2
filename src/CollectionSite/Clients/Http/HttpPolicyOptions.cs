namespace CollectionSite.Clients.Http;

/// <summary>What the server said about its own budget on one response.</summary>
/// <param name="Used">Requests the server counted in its current window (including ours and anyone else's from our IP).</param>
/// <param name="Limit">The server's budget per window, when it says.</param>
public readonly record struct ServerBudget(int Used, int? Limit);

/// <summary>
/// How politely one API host is treated: its rate budget, per-attempt timeout, retries and circuit breaker.
/// One instance per client; <see cref="ResilientHttpHandler"/> applies it to every request.
/// </summary>
public sealed record HttpPolicyOptions
{
    /// <summary>Shown in messages: "Discogs".</summary>
    public required string ServiceName { get; init; }

    public required int PermitsPerWindow { get; init; }

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Fraction of the window added before a permit is reused, to absorb network jitter.</summary>
    public double SafetyMarginFraction { get; init; } = 0.02;

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for 5xx, 408, 429, timeouts and connection failures.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First back-off delay for 5xx/timeouts; doubles per retry, with jitter.</summary>
    public TimeSpan BaseRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The breaker opens after this many failed attempts in a row (5xx, 408, 429, timeouts, connection failures).</summary>
    public int BreakerThreshold { get; init; } = 12;

    /// <summary>Reads the server's count of our window from a response (null: the API has no such headers).</summary>
    public Func<HttpResponseMessage, ServerBudget?> ReadServerBudget { get; init; } = _ => null;

    /// <summary>A random source for jitter; tests pass a seeded one.</summary>
    public Random Jitter { get; init; } = Random.Shared;

    public TimeSpan SafetyMargin => Window * SafetyMarginFraction;
}
