using System.Net.Http.Headers;
using System.Reflection;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Clients.Discogs;

/// <summary>Registers the Discogs typed client with its one resilience handler.</summary>
public static class DiscogsServiceCollectionExtensions
{
    public const string ProjectUrl = "https://github.com/collectionsite/collectionsite";

    /// <summary>Discogs asks for a unique User-Agent naming the application, its version and a URL.</summary>
    public static string UserAgent { get; } =
        $"CollectionSite/{typeof(DiscogsClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0"} +{ProjectUrl}";

    /// <summary>The policy for api.discogs.com: the configured budget per moving window (60 s on the real API).</summary>
    public static HttpPolicyOptions PolicyFor(DiscogsSettings settings) => new()
    {
        ServiceName = "Discogs",
        PermitsPerWindow = settings.RequestsPerMinute,
        Window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds),
        AttemptTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        ReadServerBudget = DiscogsRateLimitHeaders.Read,
    };

    public static IServiceCollection AddDiscogsClient(this IServiceCollection services, DiscogsSettings settings, HttpPolicyOptions? policy = null)
    {
        var options = policy ?? PolicyFor(settings);
        services.AddSingleton(sp => new DiscogsRateLimiter(
            new MovingWindowRateLimiter(options.PermitsPerWindow, options.Window, options.SafetyMargin, sp.GetRequiredService<TimeProvider>())));
        services.AddHttpClient<IDiscogsApi, DiscogsClient>(http =>
            {
                http.BaseAddress = new Uri(settings.BaseUrl.TrimEnd('/') + "/");
                // Per-attempt timeouts live in the handler; rate-limit waits must not count against a request.
                http.Timeout = Timeout.InfiniteTimeSpan;
                // Discogs' recommended "Name/1.0 +URL" form is not a valid RFC 7231 product list for ParseAdd.
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.discogs.v2.discogs+json"));
                if (!string.IsNullOrEmpty(settings.Token))
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Discogs", "token=" + settings.Token);
                }
            })
            .AddHttpMessageHandler(sp => new ResilientHttpHandler(
                options,
                sp.GetRequiredService<DiscogsRateLimiter>().Limiter,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("CollectionSite.Clients.Discogs")))
            // One limiter per host for the whole process: handlers are recycled, the window must not be.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }

    /// <summary>Holds the process-wide limiter of the Discogs host.</summary>
    public sealed record DiscogsRateLimiter(MovingWindowRateLimiter Limiter);
}
