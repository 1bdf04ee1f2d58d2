using System.Collections.Concurrent;

namespace CollectionSite.Clients.Http;

/// <summary>
/// HTTP requests actually sent, per API (<see cref="HttpPolicyOptions.ServiceName"/>: "Discogs", "Apple Music", "Discogs
/// images", ...): every attempt handed to the network counts, retries included, so the figure is what the API saw
/// from us, not how many calls the stages made. One per process (a singleton of the host); a run reads the difference
/// of two <see cref="Snapshot"/>s.
/// </summary>
public sealed class HttpRequestCounter
{
    private readonly ConcurrentDictionary<string, long> sent = new(StringComparer.Ordinal);

    /// <summary>Counts one request to <paramref name="api"/>.</summary>
    public void Count(string api) => sent.AddOrUpdate(api, 1, (_, count) => count + 1);

    /// <summary>Requests sent so far, per API (APIs never asked are absent).</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => sent.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>What was sent between <paramref name="before"/> and now, per API, APIs without requests left out.</summary>
    public IReadOnlyDictionary<string, long> Since(IReadOnlyDictionary<string, long> before) => Snapshot()
        .Select(pair => (pair.Key, Sent: pair.Value - before.GetValueOrDefault(pair.Key)))
        .Where(pair => pair.Sent > 0)
        .ToDictionary(pair => pair.Key, pair => pair.Sent, StringComparer.Ordinal);
}

/// <summary>
/// Counts each request on its way to the network. Registered inside <see cref="ResilientHttpHandler"/> (closer to the
/// wire), so it sees every attempt the resilient handler makes, including retries, and none it refuses (open breaker).
/// </summary>
internal sealed class CountingHandler(HttpRequestCounter counter, string api) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counter.Count(api);
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>The request budget one API client was registered with: what the ETA of a stage asking it is planned from.</summary>
/// <param name="Api">The API's <see cref="HttpPolicyOptions.ServiceName"/>.</param>
/// <param name="PermitsPerWindow">Requests allowed per <paramref name="Window"/>.</param>
public sealed record ApiBudget(string Api, int PermitsPerWindow, TimeSpan Window)
{
    /// <summary>The permitted rate in requests per second (Discogs: 60 per minute = 1/s).</summary>
    public double RequestsPerSecond => PermitsPerWindow / Window.TotalSeconds;
}
