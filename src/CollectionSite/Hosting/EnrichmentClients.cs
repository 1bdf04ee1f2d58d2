using CollectionSite.Clients.Http;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionSite.Hosting;

/// <summary>
/// Seams of the real enrichment clients for tests and the benchmark: a policy per client (waits scaled down) and a hook
/// that gets each client's HTTP builder (a stub primary handler). Keys are <see cref="EnrichmentSources"/> names, plus
/// <see cref="SpotifyAccounts"/> and <see cref="Wikidata"/>.
/// </summary>
public sealed record EnrichmentClients(IReadOnlyDictionary<string, HttpPolicyOptions>? Policies = null, Action<string, IHttpClientBuilder>? ConfigureHttp = null)
{
    /// <summary>Spotify's token endpoint (accounts.spotify.com), a client of its own.</summary>
    public const string SpotifyAccounts = "spotify.accounts";

    /// <summary>The cross-reference service.</summary>
    public const string Wikidata = "wikidata";

    /// <summary>The policy replacing the client's own; null to keep it.</summary>
    public HttpPolicyOptions? PolicyFor(string client) => Policies?.GetValueOrDefault(client);

    /// <summary>Hands <paramref name="builder"/> to the hook, if any.</summary>
    public void Configure(string client, IHttpClientBuilder builder) => ConfigureHttp?.Invoke(client, builder);
}
