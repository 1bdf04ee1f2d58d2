using CollectionSite.Pipeline;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>
/// An enrichment source as its stage gets it: the client and matcher when the source is configured, else the one line
/// naming the settings to add. Hosting builds it, so a source without credentials never has a client registered.
/// </summary>
public sealed class EnrichmentSource<TApi, TMatcher>
    where TApi : class
    where TMatcher : class
{
    private readonly TApi? api;
    private readonly TMatcher? matcher;

    /// <summary>A configured source.</summary>
    public EnrichmentSource(TApi api, TMatcher matcher)
    {
        this.api = api;
        this.matcher = matcher;
    }

    /// <summary>A source that is off: <paramref name="notConfigured"/> says which keys turn it on, e.g.
    /// "set Spotify:ClientId and Spotify:ClientSecret to use it".</summary>
    public EnrichmentSource(string notConfigured)
    {
        NotConfigured = notConfigured;
    }

    /// <summary>Why the source is off; null when it is configured.</summary>
    public string? NotConfigured { get; }

    public bool IsConfigured => NotConfigured is null;

    /// <exception cref="InvalidOperationException">The source is not configured.</exception>
    public TApi Api => api ?? throw new InvalidOperationException($"The source is not configured: {NotConfigured}");

    /// <exception cref="InvalidOperationException">The source is not configured.</exception>
    public TMatcher Matcher => matcher ?? throw new InvalidOperationException($"The source is not configured: {NotConfigured}");

    /// <summary>
    /// The stage's whole run when the source is off: one note naming the keys, nothing processed, nothing failed. Being
    /// off by configuration is a choice, not a failure, so it never makes --strict exit 3.
    /// </summary>
    public StageResult Skip(string stageName, IRunReporter reporter, ILogger logger)
    {
        logger.LogInformation("{Stage} skipped: {Reason}", stageName, NotConfigured);
        reporter.StageStarted(stageName, 0);
        var result = StageResult.Nothing(stageName, $"skipped: {NotConfigured}");
        reporter.StageFinished(result);
        return result;
    }
}
