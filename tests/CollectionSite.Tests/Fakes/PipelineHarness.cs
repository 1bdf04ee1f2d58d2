using CollectionSite.Artwork.Download;
using CollectionSite.Artwork.Sources;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Fakes;

/// <summary>Runs real pipelines in-process against a given Discogs API, in a scratch state folder.</summary>
public sealed class PipelineHarness : IDisposable
{
    public PipelineHarness(string purpose)
    {
        Folder = TestPaths.NewScratchFolder(purpose);
        Settings = new AppSettings();
        Settings.Discogs.Username = "tester";
        Settings.Discogs.Token = "test-token-not-secret";
        Settings.Paths.State = Path.Combine(Folder, "state");
        Settings.Paths.Output = Path.Combine(Folder, "site");
    }

    public string Folder { get; }

    public AppSettings Settings { get; }

    public RecordingReporter Reporter { get; } = new();

    /// <summary>Answers the artwork stages' image downloads, so a `build` never reaches the network.</summary>
    public FixedImageHost Images { get; } = new();

    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>In-memory enrichment APIs (a replaced source is on); null: the configured clients, if any.</summary>
    public EnrichmentApis? EnrichmentApis { get; set; }

    /// <summary>Policies and HTTP hooks (stub handlers) of the real enrichment clients.</summary>
    public EnrichmentClients? EnrichmentClients { get; set; }

    /// <summary>Extra constructor arguments for stage types the host does not register (test stages).</summary>
    public object[] TestStageArguments { get; set; } = [];

    /// <summary>Runs against <paramref name="discogs"/>, or (when null) the real HTTP client at Settings.Discogs.BaseUrl with <paramref name="policy"/>.</summary>
    public async Task<RunSummary> RunAsync(IDiscogsApi? discogs, IReadOnlyList<PipelineStep> stages, RunOptions? options = null, HttpPolicyOptions? policy = null, CancellationToken cancellationToken = default)
    {
        options ??= new RunOptions();
        var collection = new ServiceCollection().AddCollectionSite(new HostInputs(
            Settings, Time, NullLoggerFactory.Instance, DiscogsPolicy: policy, Discogs: discogs, EnrichmentApis: EnrichmentApis, EnrichmentClients: EnrichmentClients));
        foreach (var host in Enum.GetValues<ImageHost>())
        {
            collection.AddHttpClient(ImageHosts.ClientName(host)).ConfigurePrimaryHttpMessageHandler(() => Images);
        }

        // Test stages are registered like real ones: dependencies from the container, plus TestStageArguments.
        foreach (var type in stages.SelectMany(step => step.Stages))
        {
            collection.TryAddTransient(type, provider => ActivatorUtilities.CreateInstance(provider, type, TestStageArguments));
        }

        await using var services = collection.BuildServiceProvider();
        return await services.GetRequiredService<PipelineHost>().RunAsync(new PipelineRequest("test", stages, options), Reporter, cancellationToken);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
