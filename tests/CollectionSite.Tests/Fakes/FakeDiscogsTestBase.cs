namespace CollectionSite.Tests.Fakes;

/// <summary>A fresh fake Discogs server and an authenticated HttpClient for each test of a fixture.</summary>
public abstract class FakeDiscogsTestBase
{
    protected FakeDiscogsServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    [SetUp]
    public async Task StartServerAsync()
    {
        Server = await FakeDiscogsServer.StartAsync(CreateOptions());
        Http = Server.CreateHttpClient();
    }

    [TearDown]
    public async Task StopServerAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    protected abstract FakeDiscogsOptions CreateOptions();
}
