using System.Net;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify;
using CollectionSite.Configuration;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Tests.Clients.Spotify;

/// <summary>
/// The production registration (<see cref="SpotifyServiceCollectionExtensions.AddSpotifyClient"/>) with one stub under
/// the Web API and one under the accounts token endpoint.
/// </summary>
internal sealed class SpotifyServices : IAsyncDisposable
{
    public const string Secret = "client-secret-6d1f0e";

    private SpotifyServices(ServiceProvider provider, StubHttpMessageHandler api, StubHttpMessageHandler accounts, FakeTimeProvider time, SecretRedactor redactor, HttpPolicyOptions policy)
    {
        Provider = provider;
        Api = api;
        Accounts = accounts;
        Time = time;
        Redactor = redactor;
        Policy = policy;
    }

    public ServiceProvider Provider { get; }

    /// <summary>The stub under api.spotify.com.</summary>
    public StubHttpMessageHandler Api { get; }

    /// <summary>The stub under accounts.spotify.com/api/token.</summary>
    public StubHttpMessageHandler Accounts { get; }

    public FakeTimeProvider Time { get; }

    public SecretRedactor Redactor { get; }

    public HttpPolicyOptions Policy { get; }

    public ISpotifyApi Spotify => Provider.GetRequiredService<ISpotifyApi>();

    public static SpotifySettings Settings() => new()
    {
        ClientId = "client-id-3b9c",
        ClientSecret = Secret,
        Market = "SE",
        ApiBaseUrl = "http://127.0.0.1:5002/spotify-api",
        AccountsBaseUrl = "http://127.0.0.1:5003/spotify-accounts",
    };

    /// <summary>Answers every token request with a token numbered by request: "token-1", "token-2", ...</summary>
    public static StubHttpMessageHandler NumberedTokens(int expiresIn = 3600)
    {
        var issued = 0;
        return new StubHttpMessageHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(
                $$"""{"access_token":"token-{{Interlocked.Increment(ref issued)}}","token_type":"Bearer","expires_in":{{expiresIn}},"scope":""}""",
                System.Text.Encoding.UTF8,
                "application/json"),
        }));
    }

    public static SpotifyServices Over(StubHttpMessageHandler api, StubHttpMessageHandler? accounts = null, Func<HttpPolicyOptions, HttpPolicyOptions>? adjust = null)
    {
        var settings = Settings();
        var policy = ClientServices.WithoutBackOff(SpotifyServiceCollectionExtensions.PolicyFor(settings));
        policy = adjust?.Invoke(policy) ?? policy;
        accounts ??= NumberedTokens();
        var time = new FakeTimeProvider(TestClock.Start);
        var redactor = new SecretRedactor(settings.ClientSecret is { } secret ? [secret] : []);
        var services = ClientServices.Host(time, redactor);
        services.AddSpotifyClient(settings, policy).ConfigurePrimaryHttpMessageHandler(() => api);
        services.AddHttpClient(SpotifyServiceCollectionExtensions.AccountsClientName).ConfigurePrimaryHttpMessageHandler(() => accounts);
        return new SpotifyServices(services.Build(), api, accounts, time, redactor, policy);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
