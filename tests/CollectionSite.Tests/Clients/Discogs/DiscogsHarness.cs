using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Tests.Fakes;
using Refit;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>
/// A fake Discogs server and the production <see cref="DiscogsClient"/> (Refit and the response translation)
/// pointed at it without the resilience handler, so each fault reaches the translation as sent. Disposed together.
/// </summary>
public sealed class DiscogsHarness : IAsyncDisposable
{
    private DiscogsHarness(FakeDiscogsServer server, HttpClient http)
    {
        Server = server;
        Http = http;
        Client = ClientOver(http);
    }

    public FakeDiscogsServer Server { get; }

    public HttpClient Http { get; }

    public IDiscogsApi Client { get; }

    public FakeDiscogsData Data => Server.Data;

    /// <summary>The HttpClient is built like production's: BaseAddress with a trailing slash, token and User-Agent headers.</summary>
    public static async Task<DiscogsHarness> StartAsync(FakeDiscogsOptions? options = null, TimeSpan? timeout = null)
    {
        var server = await FakeDiscogsServer.StartAsync(options);
        return new DiscogsHarness(server, server.CreateHttpClient(timeout: timeout));
    }

    /// <summary>The Discogs client over a plain HttpClient: Refit's generated implementation with the Discogs JSON context.</summary>
    internal static IDiscogsApi ClientOver(HttpClient http) =>
        new DiscogsClient(RestService.ForGenerated<IDiscogsWireApi>(http, DiscogsJsonContext.Default));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
