using CollectionSite.Clients.Discogs;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>A fake Discogs server and a production <see cref="DiscogsClient"/> pointed at it, disposed together.</summary>
public sealed class DiscogsHarness : IAsyncDisposable
{
    private DiscogsHarness(FakeDiscogsServer server, HttpClient http)
    {
        Server = server;
        Http = http;
        Client = new DiscogsClient(http);
    }

    public FakeDiscogsServer Server { get; }

    public HttpClient Http { get; }

    public DiscogsClient Client { get; }

    public FakeDiscogsData Data => Server.Data;

    /// <summary>The HttpClient is built like production's: BaseAddress with a trailing slash, token and User-Agent headers.</summary>
    public static async Task<DiscogsHarness> StartAsync(FakeDiscogsOptions? options = null, TimeSpan? timeout = null)
    {
        var server = await FakeDiscogsServer.StartAsync(options);
        return new DiscogsHarness(server, server.CreateHttpClient(timeout: timeout));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
