using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.EndToEnd;

namespace CollectionSite.Tests.Fakes;

/// <summary>The build pipeline, end to end over HTTP, against a fake Discogs server, in a scratch state and site folder.</summary>
public sealed partial class FakeDiscogsSite : IAsyncDisposable
{
    private FakeDiscogsSite(FakeDiscogsServer server, PipelineHarness harness)
    {
        Server = server;
        Harness = harness;
    }

    public FakeDiscogsServer Server { get; }

    public PipelineHarness Harness { get; }

    public FakeDiscogsData Data => Server.Data;

    public StateDatabase Database => new(Harness.Settings.Paths.State);

    public static async Task<FakeDiscogsSite> StartAsync(string purpose, FakeDiscogsData data)
    {
        var server = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions { Permits = 10_000, Window = TimeSpan.FromSeconds(1), Data = data });
        var harness = new PipelineHarness(purpose);
        harness.Settings.Discogs.BaseUrl = server.BaseUrl;
        harness.Settings.Discogs.Username = data.Username;
        harness.Settings.Discogs.Token = FakeDiscogsOptions.DefaultToken;
        return new FakeDiscogsSite(server, harness);
    }

    /// <summary>A body of the fake's data set answering under another id, as Discogs does for a merged record.</summary>
    public static string WithId(string json, long id)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["id"] = id;
        return node.ToJsonString();
    }

    public Task<RunSummary> BuildAsync(RunOptions? options = null) =>
        Harness.RunAsync(null, PipelineDefinitions.Build, options, HarvestOverHttpTests.Policy() with { PermitsPerWindow = 10_000, Window = TimeSpan.FromSeconds(1) });

    /// <summary>Requests whose path starts with <paramref name="prefix"/>, e.g. "/releases/301".</summary>
    public int Requests(string prefix) => Server.Log.Count(r => r.PathAndQuery.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The album pages written, by the discogs_id in their front matter.</summary>
    public IReadOnlyDictionary<string, string> AlbumPages() =>
        Directory.EnumerateFiles(Path.Combine(Harness.Settings.Paths.Output, "content", "albums"), "index.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToDictionary(text => DiscogsId().Match(text).Groups[1].Value);

    /// <summary>The term pages of one taxonomy, by folder name (the slug).</summary>
    public IReadOnlyDictionary<string, string> TermPages(string taxonomy) =>
        Directory.EnumerateDirectories(Path.Combine(Harness.Settings.Paths.Output, "content", taxonomy))
            .ToDictionary(d => Path.GetFileName(d), d => File.ReadAllText(Path.Combine(d, "_index.md")));

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Harness.Dispose();
    }

    [GeneratedRegex("\ndiscogs_id: \"([0-9]+)\"\n")]
    private static partial Regex DiscogsId();
}
