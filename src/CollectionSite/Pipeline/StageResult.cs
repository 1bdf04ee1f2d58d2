namespace CollectionSite.Pipeline;

/// <summary>What a stage did: counts, not exceptions. <see cref="Note"/> is one line for the summary.</summary>
/// <param name="Stopped">Set when an optional stage stopped early on a fatal remote error.</param>
public sealed record StageResult(string Stage, int Processed, int Skipped, int Failed, string? Note = null, StageStop? Stopped = null)
{
    /// <summary>Of <see cref="Processed"/>, the items finished with nothing found: no match in an enrichment source, or a
    /// 404 (<see cref="ItemOutcome.MarkNotFound"/>).</summary>
    public int NoMatch { get; init; }

    /// <summary>The stage's stage_progress key (<see cref="ItemStage.ProgressKey"/>) for per-item stages; null for the others.
    /// Failures and dead letters (<see cref="Storage.StageFailure.Stage"/>) name the stage by it.</summary>
    public string? Key { get; init; }

    /// <summary>How long the stage ran (runner's clock), null when it did not run through the runner.</summary>
    public TimeSpan? Elapsed { get; init; }

    /// <summary>Items (for the listing: pages) not started because the run's time budget was spent; null when the stage
    /// was not cut short. The next run continues with them.</summary>
    public int? Left { get; init; }

    /// <summary>Output files the stage left alone because CollectionSite has no record of writing them (or they were
    /// edited since); null when there were none. Counts as incomplete for --strict.</summary>
    public NotOverwritten? NotOverwritten { get; init; }

    public static StageResult Nothing(string stage, string? note = null) => new(stage, 0, 0, 0, note);

    /// <summary>An optional stage that stopped on a fatal remote error after <paramref name="processed"/> items.</summary>
    public static StageResult StoppedEarly(string stage, int processed, int failed, StageStop stop) =>
        new(stage, processed, 0, failed, $"stopped early: {stop.SourceName} failed", stop);
}

/// <summary>Files in the site folder the renderer did not overwrite because they are not (or no longer) its own.</summary>
/// <param name="Count">How many files were left alone (each is named by a warning in the log).</param>
/// <param name="Root">The site folder (full path).</param>
/// <param name="First">The first of them, relative to <paramref name="Root"/>.</param>
public sealed record NotOverwritten(int Count, string Root, string First);

/// <summary>Why an optional stage stopped early.</summary>
/// <param name="Source">The source that failed (null for a stage without one).</param>
/// <param name="Reason">The remote error's message: one line that names the fix, e.g. which key to renew.</param>
public sealed record StageStop(DataSource? Source, string Reason)
{
    /// <summary>"Apple Music", or "its source" for a stage without one.</summary>
    public string SourceName => Source is { } source ? DataSources.DisplayName(source) : "its source";
}
