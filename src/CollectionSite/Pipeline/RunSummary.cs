using CollectionSite.Storage;

namespace CollectionSite.Pipeline;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    Completed,
    CompletedWithFailures,
    Aborted,
    Interrupted,
}

/// <summary>Everything the summary prints and the exit code is derived from.</summary>
public sealed record RunSummary(
    RunOutcome Outcome,
    IReadOnlyList<StageResult> Stages,
    IReadOnlyList<StageFailure> OpenFailures,
    string? Message,
    ExitCode ExitCode)
{
    /// <summary>Owned releases Discogs answers 404 for: published from the listing, checked again by --refresh.</summary>
    public IReadOnlyList<GoneRelease> GoneFromDiscogs { get; init; } = [];
}
