using System.Diagnostics;
using System.Security.Cryptography;
using CollectionSite.Clients.AppleMusic;
using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Rendering;
using CollectionSite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Bench;

/// <summary>One timed run: wall and process CPU seconds, the stage timeline and the run's summary.</summary>
internal sealed record TimedRun(string Name, double Wall, double Cpu, EnrichmentTimeline Timeline, RunSummary Summary, IReadOnlyDictionary<string, FakeApiCounts> Counts)
{
    /// <summary>Why the run's figures would not mean what they say (it did not complete cleanly), or null.</summary>
    public string? Problem => Summary.Outcome == RunOutcome.Completed
        ? null
        : $"{Name}: {Summary.Outcome} {Summary.Message} ({Summary.OpenFailures.Count} failures{(Summary.OpenFailures.Count > 0 ? ", e.g. " + Summary.OpenFailures[0].LastError : "")})";
}

/// <summary>
/// The composition the CLI runs (real clients, resilience handlers and limiters) pointed at the fake servers, with
/// every client's policy as configured by default but its windows and back-off delays divided by the scale. Each run
/// gets its own container, as each CLI run is its own process; the state folder is what carries over.
/// </summary>
internal sealed class EnrichmentHost(EnrichmentFakeServers servers, double scale, string root)
{
    private readonly string privateKey = NewAppleKey();

    /// <summary>The settings a collector would write, with every base URL on the fake servers and artwork from overrides only.</summary>
    public AppSettings Settings(string state)
    {
        var settings = new AppSettings();
        (settings.Discogs.Username, settings.Discogs.Token, settings.Discogs.BaseUrl) = ("bench", "bench-token-not-secret", servers.UrlOf(servers[EnrichmentFakeRoutes.Discogs]));
        (settings.AppleMusic.TeamId, settings.AppleMusic.KeyId, settings.AppleMusic.PrivateKey) = ("BENCHTEAM1", "BENCHKEY01", privateKey);
        settings.AppleMusic.BaseUrl = servers.UrlOf(servers[EnrichmentFakeRoutes.Apple]);
        (settings.Spotify.ClientId, settings.Spotify.ClientSecret) = ("bench-client", "bench-secret-not-secret");
        settings.Spotify.ApiBaseUrl = servers.UrlOf(servers[EnrichmentFakeRoutes.Spotify]);
        settings.Spotify.AccountsBaseUrl = servers.UrlOf(servers[EnrichmentFakeRoutes.SpotifyAccounts]);
        (settings.Wikipedia.Contact, settings.Wikipedia.BaseUrl) = ("bench@example.org", servers.UrlOf(servers[EnrichmentFakeRoutes.Wikipedia]));
        (settings.Wikidata.Contact, settings.Wikidata.BaseUrl) = ("bench@example.org", servers.UrlOf(servers[EnrichmentFakeRoutes.Wikidata]));
        settings.Paths.State = Path.Combine(root, state);
        settings.Paths.Output = Path.Combine(root, state + "-site");
        settings.Paths.Templates = Directory.Exists(RenderingOptions.DefaultTemplatesDirectory)
            ? RenderingOptions.DefaultTemplatesDirectory
            : Path.Combine(BenchArguments.RepositoryRoot(), "templates");
        // No image is downloaded: the artwork stages run, but only collector overrides (none here) are sources.
        settings.Artwork = settings.Artwork.OverridesOnly();
        return settings;
    }

    /// <summary>The fake APIs, each enforcing the limit its client is configured with by default, scaled like the client.</summary>
    public static IReadOnlyList<EnrichmentFakeApi> FakeApis(double scale, TimeSpan latency)
    {
        var defaults = new AppSettings();
        TimeSpan Scaled(int seconds) => TimeSpan.FromSeconds(seconds) / scale;
        var wikimedia = WikipediaServiceCollectionExtensions.MaxConcurrentRequests;
        return
        [
            new(EnrichmentFakeRoutes.Discogs, defaults.Discogs.RequestsPerMinute, Scaled(defaults.Discogs.RateLimitWindowSeconds), null, latency),
            new(EnrichmentFakeRoutes.Apple, defaults.AppleMusic.RequestsPerMinute, Scaled(60), null, latency),
            new(EnrichmentFakeRoutes.Spotify, defaults.Spotify.RequestsPerWindow, Scaled(defaults.Spotify.RateLimitWindowSeconds), null, latency),
            new(EnrichmentFakeRoutes.SpotifyAccounts, defaults.Spotify.RequestsPerWindow, Scaled(defaults.Spotify.RateLimitWindowSeconds), null, latency),
            new(EnrichmentFakeRoutes.Wikipedia, defaults.Wikipedia.RequestsPerMinute, Scaled(60), wikimedia, latency),
            new(EnrichmentFakeRoutes.Wikidata, defaults.Wikidata.RequestsPerMinute, Scaled(60), wikimedia, latency),
        ];
    }

    /// <summary>Runs <paramref name="steps"/> on the state folder <paramref name="state"/> in a fresh container and times it.</summary>
    public async Task<TimedRun> RunAsync(string name, string state, IReadOnlyList<PipelineStep> steps, CancellationToken cancellationToken)
    {
        var settings = Settings(state);
        var clients = new EnrichmentClients(new Dictionary<string, HttpPolicyOptions>
        {
            [EnrichmentSources.AppleMusic] = Scale(AppleMusicServiceCollectionExtensions.PolicyFor(settings.AppleMusic)),
            [EnrichmentSources.Spotify] = Scale(SpotifyServiceCollectionExtensions.PolicyFor(settings.Spotify)),
            [EnrichmentSources.Wikipedia] = Scale(WikipediaServiceCollectionExtensions.PolicyFor(settings.Wikipedia)),
            [EnrichmentClients.Wikidata] = Scale(WikidataServiceCollectionExtensions.PolicyFor(settings.Wikidata)),
        });
        var inputs = new HostInputs(settings, TimeProvider.System, NullLoggerFactory.Instance,
            DiscogsPolicy: Scale(DiscogsServiceCollectionExtensions.PolicyFor(settings.Discogs)), EnrichmentClients: clients);
        await using var services = CollectionSiteServices.Build(inputs);
        var timeline = new EnrichmentTimeline();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var summary = await services.GetRequiredService<PipelineHost>().RunAsync(new PipelineRequest(name, steps, new RunOptions()), timeline, cancellationToken);
        wall.Stop();
        var counts = servers.Apis.ToDictionary(api => api.Name, api => api.TakeCounts());
        return new TimedRun(name, wall.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, timeline, summary, counts);
    }

    /// <summary>The stage names of <paramref name="steps"/> (what the timeline is keyed by).</summary>
    public string[] StageNames(IEnumerable<PipelineStep> steps)
    {
        using var services = CollectionSiteServices.Build(new HostInputs(Settings("names"), TimeProvider.System, NullLoggerFactory.Instance));
        return [.. steps.SelectMany(step => step.Stages).Select(type => ((IPipelineStage)services.GetRequiredService(type)).Name)];
    }

    /// <summary>The policy with its windows and back-off delays divided by the scale (its budgets, timeouts and retries kept).</summary>
    private HttpPolicyOptions Scale(HttpPolicyOptions policy) => policy with
    {
        Window = policy.Window / scale,
        BaseRetryDelay = policy.BaseRetryDelay / scale,
        MaxRetryDelay = policy.MaxRetryDelay / scale,
    };

    private static string NewAppleKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }
}
