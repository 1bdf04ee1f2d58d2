using System.Globalization;
using CollectionSite.Storage;
using CollectionSite.Storage.Status;

namespace CollectionSite.Cli;

/// <summary>
/// The status report as plain lines (a redirected console, a CI log): no table, no control sequence. The Spectre
/// tables (<see cref="StatusTables"/>) use the same phrases.
/// </summary>
public static class StatusLines
{
    /// <summary>Items of the retry queue and the dead letters printed; the rest are counted.</summary>
    public const int FailuresShown = 20;

    public static IEnumerable<string> Of(StatusReport report)
    {
        yield return Collection(report.Collection);
        yield return "Stages (items: done, not found, pending, failed, dead letters):";
        foreach (var stage in report.Stages)
        {
            yield return $"  {stage.Name} [{stage.Key}, {stage.Source}]: {Counts(stage)}{Matches(stage.Matches, "; ")}{Off(stage, "; ")}";
        }

        foreach (var line in Failures(report))
        {
            yield return line;
        }

        yield return report.LastRuns.Count == 0 ? "Last runs: none yet." : "Last runs (newest first):";
        foreach (var run in report.LastRuns)
        {
            yield return $"  #{run.RunId} {run.Command}, started {Time(run.StartedUtc)}, {Ended(run)}: {Outcome(run)}";
        }

        yield return NextRun(report.NextRun, report.Stages);
        foreach (var source in report.NextRun.Sources.Where(s => s.Requests > 0))
        {
            yield return $"  {source.Source}: {source.Items} item(s), {SourceWorkText(source)}";
        }
    }

    public static string Collection(CollectionCounts counts) =>
        $"Collection: {counts.Copies} copies of {counts.Releases} releases; {counts.Skipped} skipped.";

    public static string Counts(StageStatus stage) =>
        $"{stage.Items} items: {stage.Done} done, {stage.NotFound} not found, {stage.Pending} pending, {stage.Failed} failed, {stage.DeadLetters} dead letters";

    public static string Matches(MatchCounts? matches, string prefix) => matches is null
        ? string.Empty
        : $"{prefix}{matches.Matched} {MatchStatuses.Name(MatchStatus.Matched)}, {matches.NoMatch} {MatchStatuses.Name(MatchStatus.NoMatch)}, {matches.Skipped} {MatchStatuses.Name(MatchStatus.Skipped)}";

    public static string Off(StageStatus stage, string prefix) => stage.NotConfigured is { } why ? prefix + why : string.Empty;

    public static IEnumerable<string> Failures(StatusReport report)
    {
        yield return report.RetryQueue.Count == 0
            ? "Retry queue: empty."
            : $"Retry queue: {report.RetryQueue.Count} item(s), tried again on the next run:";
        foreach (var line in FailureLines(report.RetryQueue))
        {
            yield return line;
        }

        yield return report.DeadLetters.Count == 0
            ? "Dead letters: none."
            : $"Dead letters: {report.DeadLetters.Count} item(s), set aside until 'collectionsite retry' (or --retry-failed) brings them back:";
        foreach (var line in FailureLines(report.DeadLetters))
        {
            yield return line;
        }
    }

    public static string Ended(RunHistoryEntry run) => run.EndedUtc is { } ended
        ? $"ended {Time(ended)} ({Duration(ended - run.StartedUtc)})"
        : "no end recorded";

    public static string Outcome(RunHistoryEntry run) => run.Outcome is null
        ? "still running, or stopped without recording its end (killed)"
        : run.Message is { Length: > 0 } message ? $"{run.Outcome.Replace('_', ' ')} ({message})" : run.Outcome.Replace('_', ' ');

    public static string NextRun(NextRunEstimate next, IReadOnlyList<StageStatus> stages)
    {
        var due = stages.Where(s => s.NotConfigured is null).Sum(s => s.Due);
        return $"Next run: {due} due item(s) and {next.ListingRequests} listing request(s), about {Duration(next.Estimated)} at the configured rate limits "
            + "(artists of releases not fetched yet are not counted).";
    }

    public static string SourceWorkText(SourceWork source) =>
        $"{source.Requests} request(s) at {source.RequestsPerMinute.ToString("0.#", CultureInfo.InvariantCulture)}/min, about {Duration(source.Time)}";

    public static string Time(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"45s", "3m 20s", "5h 07m".</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h {span.Minutes:00}m"),
        { TotalMinutes: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m {span.Seconds:00}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(span.TotalSeconds)}s"),
    };

    private static IEnumerable<string> FailureLines(IReadOnlyList<StageFailure> failures)
    {
        foreach (var failure in failures.Take(FailuresShown))
        {
            var runs = failure.Attempts switch
            {
                0 => "brought back, not tried yet",
                1 => "1 failed run",
                _ => $"{failure.Attempts} failed runs",
            };
            yield return $"  {failure.ItemKind} {failure.ItemId} ({failure.Stage}), {runs}, last {Time(failure.UpdatedUtc)}: {failure.LastError ?? "unknown error"}";
        }

        if (failures.Count > FailuresShown)
        {
            yield return $"  … and {failures.Count - FailuresShown} more (status --json lists them all).";
        }
    }
}
