using CollectionSite.Storage;

namespace CollectionSite.Pipeline;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Every stage ran; nothing failed.</summary>
    Completed,

    /// <summary>Every stage ran, but items failed or an optional stage stopped early.</summary>
    CompletedWithFailures,

    /// <summary>A required stage could not go on (rejected credentials, incomplete listing, ...); exit 1.</summary>
    Aborted,

    /// <summary>An unexpected exception ended the run; exit 1. Finished work is saved.</summary>
    Crashed,

    /// <summary>Ctrl+C or SIGTERM; exit 130. Finished work is saved.</summary>
    Interrupted,
}

/// <summary>Everything the summary prints and the exit code is derived from.</summary>
/// <param name="Stages">The stages that ran, in order; a stopped optional stage has <see cref="StageResult.Stopped"/>.</param>
/// <param name="OpenFailures">Failed items, tried again on the next run.</param>
/// <param name="DeadLetters">Items set aside after Retry:MaxAttempts failed runs, until `retry` brings them back.</param>
/// <param name="Message">The one line the run ended with (why it aborted, crashed or was interrupted), or null.</param>
public sealed record RunSummary(
    RunOutcome Outcome,
    IReadOnlyList<StageResult> Stages,
    IReadOnlyList<StageFailure> OpenFailures,
    IReadOnlyList<StageFailure> DeadLetters,
    string? Message,
    ExitCode ExitCode)
{
    /// <summary>Optional stages that stopped early on a fatal remote error.</summary>
    public IReadOnlyList<StageResult> StoppedStages => Stages.Where(s => s.Stopped is not null).ToList();

    /// <summary>Stages cut short by the time budget (<see cref="StageResult.Left"/> set): what the next run continues with.</summary>
    public IReadOnlyList<StageResult> OutOfTimeStages => Stages.Where(s => s.Left is not null).ToList();

    /// <summary>Output files left alone as not CollectionSite's (<see cref="StageResult.NotOverwritten"/>), per stage that had any.</summary>
    public IReadOnlyList<NotOverwritten> NotOverwritten => [.. Stages.Select(s => s.NotOverwritten).OfType<NotOverwritten>()];

    /// <summary>Owned releases Discogs answers 404 for: published from the listing, checked again by --refresh.</summary>
    public IReadOnlyList<GoneRelease> GoneFromDiscogs { get; init; } = [];

    /// <summary>HTTP requests this run sent, per API (retries included), in the order APIs are named; empty when none.</summary>
    public IReadOnlyList<ApiRequests> Requests { get; init; } = [];
}

/// <summary>How many HTTP requests a run sent to one API: every attempt that went out, retries included.</summary>
/// <param name="Api">The API's name as messages show it: "Discogs", "Apple Music", "Wikimedia images", ...</param>
public sealed record ApiRequests(string Api, long Sent);
