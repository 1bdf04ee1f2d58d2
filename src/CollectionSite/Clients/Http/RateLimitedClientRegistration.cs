using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Refit;

namespace CollectionSite.Clients.Http;

/// <summary>Registers a Refit API with its own limiter, retries, breaker, timeout and User-Agent: one line per API.</summary>
public static class RateLimitedClientRegistration
{
    /// <summary>
    /// Registers the Refit interface <typeparamref name="TApi"/> through Refit's source-generated path (no reflection),
    /// reading JSON with <paramref name="json"/>, sent through one <see cref="ResilientHttpHandler"/> applying
    /// <paramref name="policy"/>. The limiter is a process-wide singleton per API, and the handler lives as long as the
    /// process (its breaker and the limiter's window must not be recycled with pooled handlers). With
    /// <see cref="HttpPolicyOptions.MaxConcurrentRequests"/> the API's requests in flight are capped process-wide too.
    /// </summary>
    /// <param name="baseUrl">The API root; may carry a path prefix (http://host:5000/proxy/discogs). Refit appends each
    /// method's path ("/releases/1") to it.</param>
    /// <param name="configure">Per-API headers such as Authorization; runs after the defaults.</param>
    /// <param name="httpClientName">The named HttpClient behind the Refit client; null for Refit's default (from the
    /// type). A name lets a second client of one API (a token endpoint) be reached by tests.</param>
    /// <returns>The client builder, e.g. for <c>ConfigurePrimaryHttpMessageHandler</c> with a stub in tests.</returns>
    public static IHttpClientBuilder AddRateLimitedClient<TApi>(
        this IServiceCollection services,
        string baseUrl,
        HttpPolicyOptions policy,
        JsonSerializerContext json,
        Action<HttpClient>? configure = null,
        string? httpClientName = null)
        where TApi : class
    {
        AddHostLimiter<TApi>(services, policy);
        AddCounting(services, policy);
        var refit = httpClientName is null
            ? services.AddRefitGeneratedClient<TApi>(json)
            : services.AddRefitGeneratedClient<TApi>(json, _ => new RefitSettings(), httpClientName);
        return refit
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
                // Per-attempt timeouts live in the handler; waits for a permit must not count against a request.
                http.Timeout = Timeout.InfiniteTimeSpan;
                // "Name/1.0 +URL", as Discogs recommends, is not a valid RFC 7231 product list for ParseAdd.
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", policy.UserAgent);
                configure?.Invoke(http);
            })
            .AddHttpMessageHandler(sp => new ResilientHttpHandler(
                sp.GetService<ProbePolicy>() is null ? policy : ProbePolicy.Apply(policy),
                sp.GetRequiredService<HostLimiter<TApi>>().Limiter,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("CollectionSite.Clients." + policy.ServiceName),
                sp.GetRequiredService<HostLimiter<TApi>>().SendingSlots,
                sp.GetService<RequestDeadline>()))
            .AddHttpMessageHandler(sp => new CountingHandler(sp.GetRequiredService<HttpRequestCounter>(), policy.ServiceName))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }

    /// <summary>The process-wide <see cref="HttpRequestCounter"/>, and the budget of <paramref name="policy"/>'s API (for ETAs).
    /// Add <see cref="CountingHandler"/> after the <see cref="ResilientHttpHandler"/>, so it runs inside it, once per attempt.</summary>
    internal static void AddCounting(IServiceCollection services, HttpPolicyOptions policy)
    {
        services.TryAddSingleton<HttpRequestCounter>();
        services.AddSingleton(new ApiBudget(policy.ServiceName, policy.PermitsPerWindow, policy.Window));
    }

    /// <summary>Registers the process-wide limiter keyed by <typeparamref name="TApi"/>, unless it is registered already
    /// (then the first registration's budget holds: every client keyed so shares one window).</summary>
    internal static void AddHostLimiter<TApi>(IServiceCollection services, HttpPolicyOptions policy) =>
        services.TryAddSingleton(sp => new HostLimiter<TApi>(
            new MovingWindowRateLimiter(policy.PermitsPerWindow, policy.Window, policy.SafetyMargin, sp.GetRequiredService<TimeProvider>()),
            policy.MaxConcurrentRequests is { } slots
                ? new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = slots, QueueLimit = int.MaxValue })
                : null));

    /// <summary>The process-wide limiter of one API's host, and its cap on requests in flight (null: none).</summary>
    internal sealed record HostLimiter<TApi>(MovingWindowRateLimiter Limiter, ConcurrencyLimiter? SendingSlots);
}
