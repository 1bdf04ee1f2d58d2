using System.Reflection;

namespace CollectionSite.Clients.Http;

/// <summary>What the server said about its own budget on one response.</summary>
/// <param name="Used">Requests the server counted in its current window (including ours and anyone else's from our IP).</param>
/// <param name="Limit">The server's budget per window, when it says.</param>
public readonly record struct ServerBudget(int Used, int? Limit);

/// <summary>
/// How politely one API host is treated: its rate budget, per-attempt timeout, retries, circuit breaker and the
/// User-Agent it sees. One instance per client; <see cref="ResilientHttpHandler"/> applies it to every request.
/// </summary>
public sealed record HttpPolicyOptions
{
    public const string ProjectUrl = "https://github.com/collectionsite/collectionsite";

    /// <summary>The application's version without build metadata, e.g. "0.1.0".</summary>
    public static string ApplicationVersion { get; } =
        typeof(HttpPolicyOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>"CollectionSite/0.1.0 +URL": the application, its version and where to read about it, as Discogs asks.</summary>
    public static string DefaultUserAgent { get; } = $"CollectionSite/{ApplicationVersion} +{ProjectUrl}";

    /// <summary>Shown in messages and carried by exceptions: "Discogs".</summary>
    public required string ServiceName { get; init; }

    public required int PermitsPerWindow { get; init; }

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// At most this many requests of the client in flight at once (Wikimedia asks for 3 or fewer); null for no cap.
    /// A slot is held only while a request is sent and its body read, never while it waits for a permit or a pause.
    /// </summary>
    public int? MaxConcurrentRequests { get; init; }

    /// <summary>Fraction of the window added before a permit is reused, to absorb network jitter.</summary>
    public double SafetyMarginFraction { get; init; } = 0.02;

    /// <summary>How long one send may take, body included. Waits for a permit or a 429 pause are not part of it.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for 5xx, 408, 429, timeouts and connection failures.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>
    /// Of those, how many may follow a 2xx whose body is not JSON (a proxy's HTML page, a truncated or empty body):
    /// usually a hiccup, but one that persists is a fact to record, not to hammer.
    /// </summary>
    public int MaxBodyRetries { get; init; } = 2;

    /// <summary>True for JSON APIs: 2xx bodies are buffered and checked before they count as answers. False for downloads.</summary>
    public bool ExpectJson { get; init; } = true;

    /// <summary>First back-off delay for 5xx/timeouts; doubles per retry, with jitter.</summary>
    public TimeSpan BaseRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The breaker opens after this many failed attempts in a row (5xx, 408, 429, timeouts, connection failures).</summary>
    public int BreakerThreshold { get; init; } = 12;

    /// <summary>Sent on every request of the client.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Reads the server's count of our window from a response (null: the API has no such headers).</summary>
    public Func<HttpResponseMessage, ServerBudget?> ReadServerBudget { get; init; } = _ => null;

    /// <summary>A random source for jitter; tests pass a seeded one.</summary>
    public Random Jitter { get; init; } = Random.Shared;

    public TimeSpan SafetyMargin => Window * SafetyMarginFraction;
}
