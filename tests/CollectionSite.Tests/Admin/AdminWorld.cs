using System.Net;
using CollectionSite.Admin;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Matching.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Admin;

/// <summary>
/// The demo collection built in-process (offline Discogs, bundled covers) with an in-memory Apple Music catalog that
/// holds one album (Born to Run: a candidate every release weighs and rejects), and the admin serving that state on
/// 127.0.0.1 at a free port.
/// </summary>
internal sealed class AdminWorld : IAsyncDisposable
{
    /// <summary>A demo release with a page (Rick Astley, Never Gonna Give You Up).</summary>
    public const long Release = 249504;

    private AdminWorld(string folder, HostInputs inputs, AdminServer server)
    {
        Folder = folder;
        Inputs = inputs;
        Server = server;
    }

    public string Folder { get; }

    public HostInputs Inputs { get; }

    public AdminServer Server { get; }

    public string State => Inputs.Settings.Paths.State;

    public string Site => Inputs.Settings.Paths.Output;

    public static string PinnedAlbumId => EnrichmentSamples.BornToRun().Id;

    public static async Task<AdminWorld> StartAsync(string purpose)
    {
        var folder = TestPaths.NewScratchFolder(purpose);
        var settings = new AppSettings();
        settings.Discogs.Username = "demo";
        settings.Paths.State = Path.Combine(folder, "state");
        settings.Paths.Output = Path.Combine(folder, "site");
        var apple = new InMemoryAppleMusicApi().Add(EnrichmentSamples.BornToRun());
        var inputs = new HostInputs(settings, TimeProvider.System, NullLoggerFactory.Instance, Demo: true, EnrichmentApis: new EnrichmentApis(AppleMusic: apple));
        var summary = await RunAsync(inputs, PipelineDefinitions.Build, new RunOptions());
        Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed), summary.Message);
        var server = await AdminServer.StartAsync(inputs, new AdminOptions(IPAddress.Loopback, 0, null, Path.Combine(folder, "backups")), CancellationToken.None);
        return new AdminWorld(folder, inputs, server);
    }

    /// <summary>Runs a pipeline through the host on the same state, as `build` would.</summary>
    public static async Task<RunSummary> RunAsync(HostInputs inputs, IReadOnlyList<PipelineStep> steps, RunOptions options)
    {
        await using var services = CollectionSiteServices.Build(inputs);
        return await services.GetRequiredService<PipelineHost>().RunAsync(new PipelineRequest("test", steps, options), new RecordingReporter(), CancellationToken.None);
    }

    public Uri Url(string path) => new(Server.Url, path);

    /// <summary>The album's page file (content/albums/&lt;slug&gt;/index.md), or null when it has none.</summary>
    public async Task<string?> AlbumPageAsync(long releaseId) =>
        await Server.Services.GetRequiredService<AlbumPages>().PathAsync(releaseId, CancellationToken.None) is { } path && File.Exists(path) ? path : null;

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
