using CollectionSite.Artwork.Sources;
using CollectionSite.Cli;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Storage;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Extensions.Logging;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// A whole `build` with every source configured: Discogs on a real Kestrel (<see cref="FakeDiscogsServer"/>), the
/// enrichment APIs and image hosts as stub handlers (<see cref="FaultStormHosts"/>), through the production clients,
/// resilience handlers, stages and renderer, on a fake clock driven while the run waits. Logs go through the product's
/// redacting formatter into <see cref="Logs"/>, so what a log file would hold can be searched for secrets.
/// </summary>
public sealed class FaultStormWorld : IAsyncDisposable
{
    public const string SpotifySecret = "client-secret-storm-7f3a9c";

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(2);
    private readonly StringWriter logs = new();
    private readonly Serilog.Core.Logger logger;
    private readonly SerilogLoggerFactory loggerFactory;

    private FaultStormWorld(string purpose, FakeDiscogsServer discogs, IReadOnlyList<StormRelease> releases)
    {
        Discogs = discogs;
        Releases = releases;
        Hosts = new FaultStormHosts(releases);
        Harness = new PipelineHarness(purpose) { Time = Clock };
        var settings = Settings;
        (settings.Discogs.Username, settings.Discogs.Token, settings.Discogs.BaseUrl) = (discogs.Data.Username, FakeDiscogsOptions.DefaultToken, discogs.BaseUrl);
        (settings.AppleMusic.TeamId, settings.AppleMusic.KeyId) = (AppleMusicServices.TeamId, AppleMusicServices.KeyId);
        (settings.AppleMusic.PrivateKey, settings.AppleMusic.BaseUrl) = (AppleMusicServices.Key.ExportPkcs8PrivateKeyPem(), "http://apple.test");
        (settings.Spotify.ClientId, settings.Spotify.ClientSecret) = ("client-id-storm", SpotifySecret);
        (settings.Spotify.ApiBaseUrl, settings.Spotify.AccountsBaseUrl) = ("http://spotify-api.test", "http://spotify-accounts.test");
        (settings.Wikipedia.Contact, settings.Wikipedia.BaseUrl) = ("storm@example.org", "http://wikipedia.test");
        (settings.Wikidata.Contact, settings.Wikidata.BaseUrl) = ("storm@example.org", "http://wikidata.test");
        settings.Retry.MaxAttempts = 2;
        settings.Artwork.MaxParallelism = 2;
        Redactor = new SecretRedactor(settings.Secrets);
        logger = new LoggerConfiguration().MinimumLevel.Debug()
            .MinimumLevel.Override("System.Net.Http", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", Serilog.Events.LogEventLevel.Warning)
            .WriteTo.Sink(new TextSink(new SecretRedactingFormatter("[{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", Redactor), logs))
            .CreateLogger();
        loggerFactory = new SerilogLoggerFactory(logger);
    }

    public FakeTimeProvider Clock { get; } = new(TestClock.Start);

    public FakeDiscogsServer Discogs { get; }

    public IReadOnlyList<StormRelease> Releases { get; }

    public FaultStormHosts Hosts { get; }

    public PipelineHarness Harness { get; }

    public AppSettings Settings => Harness.Settings;

    public SecretRedactor Redactor { get; }

    public string StatePath => Settings.Paths.State;

    public string SitePath => Settings.Paths.Output;

    public StateDatabase Database => new(StatePath);

    /// <summary>Everything logged so far, as the redacting formatter wrote it.</summary>
    public string Logs
    {
        get
        {
            lock (logs)
            {
                return logs.ToString();
            }
        }
    }

    public static async Task<FaultStormWorld> StartAsync(string purpose)
    {
        var (data, releases) = FaultStormData.Build();
        var server = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions { Data = data, Permits = 100_000, Window = TimeSpan.FromSeconds(1) });
        return new FaultStormWorld(purpose, server, releases);
    }

    /// <summary>
    /// Runs `build` a minute after the previous run, driving the fake clock until it ends: a hang fails after
    /// <paramref name="maxSteps"/> steps of the clock, or when <paramref name="cancellationToken"/> (the test's real-time
    /// guard) fires. The clock moves only while the Discogs server answers nothing (<see cref="FakeDiscogsServer.Working"/>;
    /// its scripted delays and drips excepted), so a request slowed by a busy machine never meets its fake-clock timeout.
    /// </summary>
    public async Task<RunSummary> BuildAsync(RunOptions? options = null, int maxSteps = 20_000, CancellationToken cancellationToken = default)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var run = RunAsync(options ?? new RunOptions(), cancellationToken);
        for (var steps = 0; !run.IsCompleted;)
        {
            if (Discogs.Working == 0)
            {
                Assert.That(steps++, Is.LessThan(maxSteps), $"still running after {maxSteps} steps of {Step}");
                Clock.Advance(Step);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(1), cancellationToken);
        }

        return await run;
    }

    public async ValueTask DisposeAsync()
    {
        await Discogs.DisposeAsync();
        loggerFactory.Dispose();
        await logger.DisposeAsync();
        Harness.Dispose();
    }

    private async Task<RunSummary> RunAsync(RunOptions options, CancellationToken cancellationToken)
    {
        // Off the test's thread at once, so the clock is driven from the first wait on.
        await Task.Yield();
        var settings = Settings;
        var clients = new EnrichmentClients(
            new Dictionary<string, HttpPolicyOptions>
            {
                [EnrichmentSources.AppleMusic] = Patient(AppleMusicServiceCollectionExtensions.PolicyFor(settings.AppleMusic)),
                [EnrichmentSources.Spotify] = Patient(SpotifyServiceCollectionExtensions.PolicyFor(settings.Spotify)),
                [EnrichmentSources.Wikipedia] = Patient(WikipediaServiceCollectionExtensions.PolicyFor(settings.Wikipedia)),
                [EnrichmentClients.Wikidata] = Patient(WikidataServiceCollectionExtensions.PolicyFor(settings.Wikidata)),
            },
            (client, builder) => builder.ConfigurePrimaryHttpMessageHandler(() => Hosts.For(client).Handler));
        var discogsPolicy = Patient(DiscogsServiceCollectionExtensions.PolicyFor(settings.Discogs)) with { PermitsPerWindow = 10_000 };
        var collection = new ServiceCollection().AddCollectionSite(new HostInputs(
            settings, Clock, loggerFactory, DiscogsPolicy: discogsPolicy, Redactor: Redactor, EnrichmentClients: clients));
        foreach (var host in Enum.GetValues<ImageHost>())
        {
            collection.AddHttpClient(CollectionSite.Artwork.Download.ImageHosts.ClientName(host)).ConfigurePrimaryHttpMessageHandler(() => Hosts.Images.Handler);
        }

        await using var services = collection.BuildServiceProvider();
        return await services.GetRequiredService<PipelineHost>().RunAsync(new PipelineRequest("build", PipelineDefinitions.Build, options), Harness.Reporter, cancellationToken);
    }

    /// <summary>
    /// <paramref name="policy"/> without back-off waits and with <see cref="AttemptTimeout"/>: the scripted stalls still
    /// time out (on the fake clock), but the in-process work around a request (the client's own handlers, a stub's reply,
    /// the bytes between Kestrel and the socket, none of which the clock waits for) would need that many driven steps of
    /// real time to reach it, not 30.
    /// </summary>
    private static HttpPolicyOptions Patient(HttpPolicyOptions policy) => ClientServices.WithoutBackOff(policy) with { AttemptTimeout = AttemptTimeout };

    /// <summary>Formats every event into one writer, as the log file sink does.</summary>
    private sealed class TextSink(Serilog.Formatting.ITextFormatter formatter, StringWriter writer) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent)
        {
            lock (writer)
            {
                formatter.Format(logEvent, writer);
            }
        }
    }
}
