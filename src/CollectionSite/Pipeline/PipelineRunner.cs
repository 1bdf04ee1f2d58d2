using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Pipeline;

/// <summary>
/// Runs an ordered list of stages, records the run, and turns the way it ended into an outcome and exit code.
/// Each stage commits its own work as it goes, so stopping anywhere loses nothing.
/// </summary>
public sealed class PipelineRunner(
    RunRepository runs,
    MetaRepository meta,
    StageProgressRepository progress,
    AppSettings settings,
    RequestDeadline deadline,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<PipelineRunner> logger)
{
    /// <summary>
    /// Runs <paramref name="steps"/> in order; the lanes of a concurrent step at the same time (results are reported in
    /// the order the step lists its stages). A failed run does not throw: aborted, crashed and interrupted runs
    /// come back as a summary with their outcome, one-line message and exit code, and are recorded in runs.
    /// Only a state database that cannot record the run at all throws (as a <c>SqliteException</c>).
    /// </summary>
    public async Task<RunSummary> RunAsync(string command, IReadOnlyList<StageLanes> steps, RunOptions options, CancellationToken cancellationToken)
    {
        // Bookkeeping is short and local, so it is not cancellable: even a run interrupted at once is recorded.
        var started = time.GetUtcNow();
        var refreshAfter = await SourceRefresh.RecordAndReadAsync(meta, options.Refresh, started, CancellationToken.None);
        if (options.RetryFailed)
        {
            var requeued = await progress.RequeueAsync(null, null, null, CancellationToken.None);
            logger.LogInformation("--retry-failed brought back {Count} dead-lettered item(s)", requeued);
        }

        var runId = await runs.StartAsync(command, started, CancellationToken.None);
        deadline.Set(await StopStartingAtAsync(started));
        var context = new RunContext(runId, command, options, started, refreshAfter, settings.Retry.MaxAttempts) { Deadline = deadline };
        var results = new List<StageResult>();
        var (outcome, message) = await RunStepsAsync(steps, context, results, cancellationToken);
        deadline.Set(null);
        if (message is null && results.Any(r => r.Left is not null))
        {
            message = $"The time budget ({DurationText.Format(settings.Run.MaxDuration!.Value)}) was reached: what is done is saved and rendered; the next run continues with what is left.";
        }

        await runs.FinishAsync(runId, RunOutcomes.ToDb(outcome), message, RunOutcomes.Counts(results), time.GetUtcNow());
        var failures = await progress.GetFailuresAsync(CancellationToken.None);
        var open = failures.Where(f => f.Status == ItemStatus.Failed).ToList();
        var dead = failures.Where(f => f.Status == ItemStatus.DeadLetter).ToList();
        var incomplete = open.Count > 0 || dead.Count > 0 || results.Any(r => r.Stopped is not null || r.NotOverwritten is not null);
        return new RunSummary(outcome, results, open, dead, message, RunOutcomes.ToExitCode(outcome, incomplete, options.Strict));
    }

    /// <summary>When no more requests may start (Run:MaxDuration minus the render reserve), or null without a budget.</summary>
    private async Task<DateTimeOffset?> StopStartingAtAsync(DateTimeOffset started)
    {
        if (settings.Run.MaxDuration is not { } budget)
        {
            return null;
        }

        var reserve = TimeBudget.Reserve(await TimeBudget.LastRenderAsync(meta, CancellationToken.None));
        var at = TimeBudget.StopStartingAt(started, budget, reserve);
        logger.LogInformation(
            "Time budget {Budget}: no request starts after {At:u} (render reserve {Reserve})", DurationText.Format(budget), at, DurationText.Format(reserve));
        return at;
    }

    private async Task<(RunOutcome Outcome, string? Message)> RunStepsAsync(
        IReadOnlyList<StageLanes> steps, RunContext context, List<StageResult> results, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var step in steps)
            {
                results.AddRange(step.Lanes.Count == 1
                    ? await RunLaneAsync(step.Lanes[0], context, cancellationToken)
                    : await RunConcurrentlyAsync(step, context, cancellationToken));
            }

            var clean = results.All(r => r.Failed == 0 && r.Stopped is null);
            return (clean ? RunOutcome.Completed : RunOutcome.CompletedWithFailures, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The summary's headline already says "Interrupted."; the message says what that means.
            return (RunOutcome.Interrupted, "Finished work is saved; run the same command again to resume where it stopped.");
        }
        catch (Exception ex) when (ex is PipelineAbortedException or FatalRemoteException)
        {
            logger.LogError(ex, "Run aborted: {Reason}", ex.Message);
            return (RunOutcome.Aborted, ex.Message);
        }
        catch (Exception ex) when (StateDiskFull.Covers(ex))
        {
            logger.LogError(ex, "Run aborted: the state folder's disk refuses writes");
            return (RunOutcome.Aborted, StateDiskFull.Message(ex, settings.Paths.State));
        }
        catch (Exception ex)
        {
            // A bug or an environment problem, not a remote failure: what finished is committed, so say so in one
            // line and keep the stack trace for the log.
            logger.LogError(ex, "Run crashed: {Reason}", ex.Message);
            return (RunOutcome.Crashed, RunOutcomes.CrashMessage(ex));
        }
    }

    /// <summary>
    /// Runs the lanes of <paramref name="step"/> at the same time. When one lane ends the run (an abort, a crash) the
    /// others are cancelled, and that lane's exception, not their cancellation, is what the run reports.
    /// </summary>
    private async Task<IReadOnlyList<StageResult>> RunConcurrentlyAsync(StageLanes step, RunContext context, CancellationToken cancellationToken)
    {
        using var stepCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Every item stage of the step is marked running before any starts, and marked ended the moment it ends.
        var feedEntries = step.Lanes.SelectMany(lane => lane).OfType<ItemStage>().ToDictionary(stage => (IPipelineStage)stage, stage => context.Feed.Open(stage.ProgressKey));
        try
        {
            // Each lane on its own thread-pool task: SQLite's async calls complete synchronously, so a lane started inline
            // could run to its end before the next lane even starts.
            var lanes = step.Lanes.Select(lane => Task.Run(() => RunLaneCancellingOthersAsync(lane, context, feedEntries, stepCancellation), CancellationToken.None)).ToList();
            IReadOnlyList<StageResult>[] laneResults;
            try
            {
                laneResults = await Task.WhenAll(lanes);
            }
            catch (Exception) when (lanes.FirstOrDefault(IsRunEnding) is { } ending)
            {
                // Task.WhenAll rethrows the first lane's exception, which may be a sibling's cancellation: report the cause.
                await ending;
                throw;
            }

            return [.. laneResults.SelectMany(results => results)];
        }
        finally
        {
            foreach (var entry in feedEntries.Values)
            {
                entry.Dispose();
            }
        }

        static bool IsRunEnding(Task task) => task.IsFaulted && task.Exception!.InnerException is not OperationCanceledException;
    }

    private async Task<IReadOnlyList<StageResult>> RunLaneCancellingOthersAsync(
        IReadOnlyList<IPipelineStage> lane, RunContext context, Dictionary<IPipelineStage, IDisposable> feedEntries, CancellationTokenSource stepCancellation)
    {
        try
        {
            return await RunLaneAsync(lane, context, stepCancellation.Token, stage => feedEntries.GetValueOrDefault(stage)?.Dispose());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stepCancellation.CancelAsync();
            throw;
        }
    }

    private async Task<IReadOnlyList<StageResult>> RunLaneAsync(
        IReadOnlyList<IPipelineStage> lane, RunContext context, CancellationToken cancellationToken, Action<IPipelineStage>? ended = null)
    {
        var results = new List<StageResult>(lane.Count);
        foreach (var stage in lane)
        {
            try
            {
                results.Add(await RunStageAsync(stage, context, cancellationToken));
            }
            finally
            {
                // Its followers list once more and finish.
                ended?.Invoke(stage);
            }
        }

        return results;
    }

    private async Task<StageResult> RunStageAsync(IPipelineStage stage, RunContext context, CancellationToken cancellationToken)
    {
        logger.LogInformation("Stage {Stage} starting", stage.Name);
        reporter.StageStarting(stage.Name, stage.Source);
        var started = time.GetUtcNow();
        StageResult result;
        try
        {
            result = await stage.RunAsync(context, cancellationToken);
        }
        catch (FatalRemoteException ex) when (stage.Requirement == StageRequirement.Optional)
        {
            // Item stages stop themselves (keeping their counts); this covers optional stages of any other shape.
            result = StageResult.StoppedEarly(stage.Name, 0, 0, new StageStop(stage.Source, ex.Message));
            reporter.StageFinished(result);
        }

        if (result.Stopped is { } stop)
        {
            logger.LogInformation("{Stage} stopped early ({Source}): {Reason} The run goes on without it.", stage.Name, stop.SourceName, stop.Reason);
        }

        return result with { Key = (stage as ItemStage)?.ProgressKey, Elapsed = time.GetUtcNow() - started };
    }
}
