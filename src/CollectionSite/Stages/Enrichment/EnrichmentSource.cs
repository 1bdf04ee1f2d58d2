using CollectionSite.Pipeline;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Enrichment;

/// <summary>Why an enrichment source does not run.</summary>
public enum SourceOff
{
    /// <summary>Its settings are not there: a choice, reported with one note, never a failure (not even with --strict).</summary>
    NotConfigured,

    /// <summary>Its settings are there but unusable (an unreadable key): the stage stops as on rejected credentials.</summary>
    Unusable,
}

/// <summary>
/// An enrichment source as its stage gets it: the client and matcher when the source is on, else the one line naming
/// the settings to add or fix. Hosting builds it, so a source without credentials never has a client registered.
/// </summary>
public sealed class EnrichmentSource<TApi, TMatcher>
    where TApi : class
    where TMatcher : class
{
    private readonly TApi? api;
    private readonly TMatcher? matcher;

    /// <summary>A source that is on.</summary>
    public EnrichmentSource(TApi api, TMatcher matcher)
    {
        this.api = api;
        this.matcher = matcher;
    }

    /// <summary>A source that is off; <paramref name="reason"/> names the keys, e.g. "not configured; set
    /// Spotify:ClientId and Spotify:ClientSecret to use it".</summary>
    public EnrichmentSource(SourceOff off, string reason)
    {
        Off = off;
        Reason = reason;
    }

    /// <summary>Why the source is off; null when it is on.</summary>
    public SourceOff? Off { get; }

    /// <summary>The line that says why the source is off; null when it is on.</summary>
    public string? Reason { get; }

    public bool IsOn => Off is null;

    /// <exception cref="InvalidOperationException">The source is off.</exception>
    public TApi Api => api ?? throw new InvalidOperationException($"The source is off: {Reason}");

    /// <exception cref="InvalidOperationException">The source is off.</exception>
    public TMatcher Matcher => matcher ?? throw new InvalidOperationException($"The source is off: {Reason}");

    /// <summary>
    /// The stage's whole run when the source is off. Not configured: one note, nothing processed or failed, so it never
    /// makes --strict exit 3. Unusable settings: the stage stops early naming the key, like rejected credentials.
    /// </summary>
    public StageResult RunWhileOff(string stageName, DataSource source, IRunReporter reporter, ILogger logger)
    {
        reporter.StageStarted(stageName, 0);
        StageResult result;
        if (Off == SourceOff.Unusable)
        {
            logger.LogWarning("{Stage} stopped: {Reason}", stageName, Reason);
            result = StageResult.StoppedEarly(stageName, 0, 0, new StageStop(source, Reason!));
        }
        else
        {
            logger.LogInformation("{Stage} skipped: {Reason}", stageName, Reason);
            result = StageResult.Nothing(stageName, $"skipped: {Reason}");
        }

        reporter.StageFinished(result);
        return result;
    }
}
