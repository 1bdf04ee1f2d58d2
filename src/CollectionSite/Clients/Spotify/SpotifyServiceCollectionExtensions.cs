using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify.Models;
using CollectionSite.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionSite.Clients.Spotify;

/// <summary>Registers the Spotify client: the Web API and the accounts token endpoint behind the shared rate-limited registration, the token cache and the mapping client.</summary>
public static class SpotifyServiceCollectionExtensions
{
    /// <summary>The named HttpClient of the token endpoint (tests put a stub under it: <c>services.AddHttpClient(AccountsClientName)</c>).</summary>
    public const string AccountsClientName = "CollectionSite.Clients.Spotify.Accounts";

    /// <summary>The policy for api.spotify.com (and, with its own limiter, accounts.spotify.com): <c>Spotify:RequestsPerWindow</c>
    /// per moving <c>Spotify:RateLimitWindowSeconds</c> (Spotify's rolling window is 30 s), <c>Spotify:TimeoutSeconds</c> per attempt.</summary>
    public static HttpPolicyOptions PolicyFor(SpotifySettings settings) => new()
    {
        ServiceName = SpotifySource.ServiceName,
        PermitsPerWindow = settings.RequestsPerWindow,
        Window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds),
        AttemptTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
    };

    /// <summary>
    /// Registers <see cref="ISpotifyApi"/> over <c>Spotify:ApiBaseUrl</c> in <c>Spotify:Market</c>, with a client-credentials
    /// token from <c>Spotify:AccountsBaseUrl</c>. Needs <see cref="TimeProvider"/>, <see cref="SecretRedactor"/> and an
    /// <c>ILoggerFactory</c> in the container; ClientId and ClientSecret must be set.
    /// </summary>
    /// <param name="policy">Replaces <see cref="PolicyFor"/> for both hosts (tests scale the window down).</param>
    /// <returns>The Web API's HTTP client builder (tests put a stub primary handler under it; the token endpoint's
    /// client is <see cref="AccountsClientName"/>).</returns>
    public static IHttpClientBuilder AddSpotifyClient(this IServiceCollection services, SpotifySettings settings, HttpPolicyOptions? policy = null)
    {
        var chosen = policy ?? PolicyFor(settings);
        services.AddRateLimitedClient<ISpotifyAccountsWireApi>(settings.AccountsBaseUrl, chosen, SpotifyJsonContext.Default, httpClientName: AccountsClientName);
        services.TryAddSingleton(sp => new SpotifyAccessToken(
            sp.GetRequiredService<ISpotifyAccountsWireApi>(), settings, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SecretRedactor>()));
        services.TryAddSingleton(sp => new SpotifyCredentials(sp.GetRequiredService<SpotifyAccessToken>()));
        services.AddTransient<ISpotifyApi>(sp => new SpotifyClient(sp.GetRequiredService<ISpotifyWireApi>(), settings.Market));
        return services.AddRateLimitedClient<ISpotifyWireApi>(settings.ApiBaseUrl, chosen, SpotifyJsonContext.Default)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) => handlers.Insert(0, new SpotifyAuthorizationHandler(sp.GetRequiredService<SpotifyAccessToken>())));
    }
}
