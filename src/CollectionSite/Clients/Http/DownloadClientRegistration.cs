using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Clients.Http;

/// <summary>Registers named HTTP clients for downloading files (images) under the same politeness as the API clients.</summary>
public static class DownloadClientRegistration
{
    /// <summary>
    /// Registers the named client <paramref name="name"/>: one <see cref="ResilientHttpHandler"/> applying
    /// <paramref name="policy"/> (bodies are not checked as JSON), the User-Agent of the policy, no per-request
    /// HttpClient timeout (the handler times each attempt), and the process-wide limiter keyed by
    /// <typeparamref name="TLimiterKey"/>, so a download keyed by an API's Refit interface shares that API's budget.
    /// Redirects are not followed: the caller checks every hop's scheme and host before it follows one.
    /// </summary>
    /// <param name="publicAddressesOnly">For URLs someone gave: every connection goes through the registered
    /// <see cref="PublicAddressGuard"/> (<see cref="PublicAddressGuard.Default"/> when none is), and no proxy is used,
    /// since through one the guard would vet the proxy instead of the host.</param>
    /// <returns>The client builder (tests put a stub primary handler under it).</returns>
    public static IHttpClientBuilder AddRateLimitedDownloadClient<TLimiterKey>(this IServiceCollection services, string name, HttpPolicyOptions policy, bool publicAddressesOnly = false)
    {
        var download = policy with { ExpectJson = false };
        RateLimitedClientRegistration.AddHostLimiter<TLimiterKey>(services, download);
        RateLimitedClientRegistration.AddCounting(services, download);
        return services.AddHttpClient(name)
            .ConfigureHttpClient(http =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", download.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var handler = new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(10),
                };
                if (publicAddressesOnly)
                {
                    handler.ConnectCallback = (sp.GetService<PublicAddressGuard>() ?? PublicAddressGuard.Default).ConnectAsync;
                    handler.UseProxy = false;
                }

                return handler;
            })
            .AddHttpMessageHandler(sp => new ResilientHttpHandler(
                download,
                sp.GetRequiredService<RateLimitedClientRegistration.HostLimiter<TLimiterKey>>().Limiter,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("CollectionSite.Clients." + download.ServiceName),
                sp.GetRequiredService<RateLimitedClientRegistration.HostLimiter<TLimiterKey>>().SendingSlots,
                sp.GetService<RequestDeadline>()))
            .AddHttpMessageHandler(sp => new CountingHandler(sp.GetRequiredService<HttpRequestCounter>(), download.ServiceName))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
    }
}
