namespace CollectionSite.Pipeline;

/// <summary>One step of the pipeline. Stages are listed in run order in Hosting/PipelineDefinitions.</summary>
public interface IPipelineStage
{
    /// <summary>A short verb phrase shown to the user, e.g. "Fetch release details".</summary>
    string Name { get; }

    /// <summary>The remote source the stage reads (its --refresh date, the source a stop names); null for local work such as rendering.</summary>
    DataSource? Source { get; }

    /// <summary>What a fatal remote error (rejected credentials, open circuit breaker) of this stage ends: the run, or only the stage.</summary>
    StageRequirement Requirement { get; }

    /// <summary>Does the stage's work. Item failures are recorded and counted, not thrown; cancellation and
    /// run-ending failures (<see cref="PipelineAbortedException"/>, fatal remote errors) are thrown.</summary>
    Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken);
}

/// <summary>Whether the run can go on without a stage.</summary>
public enum StageRequirement
{
    /// <summary>The site cannot be built without it (the Discogs harvest, rendering): its fatal errors abort the run, exit 1.</summary>
    Required,

    /// <summary>Enrichment and artwork: a fatal remote error stops this stage only, with a warning and a summary row,
    /// and the run goes on to render the site from what is stored (exit 0, or 3 with --strict).</summary>
    Optional,
}
