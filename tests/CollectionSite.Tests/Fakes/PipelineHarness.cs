using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using Microsoft.Extensions.DependencyInjection;
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

    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Extra constructor arguments for stage types the composition root does not register (test stages).</summary>
    public object[] TestStageArguments { get; set; } = [];

    /// <summary>Runs against <paramref name="discogs"/>, or (when null) the real HTTP client at Settings.Discogs.BaseUrl with <paramref name="policy"/>.</summary>
    public async Task<RunSummary> RunAsync(IDiscogsApi? discogs, IReadOnlyList<Type> stages, RunOptions? options = null, HttpPolicyOptions? policy = null, CancellationToken cancellationToken = default)
    {
        options ??= new RunOptions();
        await using var services = CompositionRoot.Compose(new CompositionInputs(Settings, options, Time, NullLoggerFactory.Instance, Reporter, DiscogsPolicy: policy, Discogs: discogs));
        // Test stages are built like registered ones: dependencies from the container, plus TestStageArguments.
        var resolved = stages
            .Select(type => services.GetService(type) as IPipelineStage ?? (IPipelineStage)ActivatorUtilities.CreateInstance(services, type, TestStageArguments))
            .ToList();
        return await services.GetRequiredService<PipelineRunner>().RunAsync("test", resolved, options, cancellationToken);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
