namespace CollectionSite.Pipeline;

/// <summary>One step of the pipeline. Stages are listed in run order in Hosting/PipelineDefinitions.</summary>
public interface IPipelineStage
{
    /// <summary>A short verb phrase shown to the user, e.g. "Fetch release details".</summary>
    string Name { get; }

    /// <summary>Does the stage's work. Item failures are recorded and counted, not thrown; cancellation and
    /// run-ending failures (<see cref="PipelineAbortedException"/>, fatal remote errors) are thrown.</summary>
    Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken);
}
