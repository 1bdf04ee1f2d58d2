using CollectionSite.Clients.Http;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Pipeline;

/// <summary>
/// Base for stages that work item by item (releases, artists, ...). It picks the items that are due
/// (<see cref="RetryRules"/>), checks cancellation per item, stores each item's <see cref="ItemOutcome"/> and its
/// "done" in one transaction, and records each failure (error, failed runs, dead letter) and goes on.
/// Cancellation and run-ending failures propagate; a fatal remote error of an optional stage ends the stage
/// with <see cref="StageResult.Stopped"/> set instead.
/// </summary>
public abstract class ItemStage(StageProgressRepository progress, TimeProvider time, IRunReporter reporter, ILogger logger) : IPipelineStage
{
    public abstract string Name { get; }

    public abstract DataSource? Source { get; }

    public abstract StageRequirement Requirement { get; }

    /// <summary>The stage_progress key, e.g. "discogs.release". Never rename a shipped key: progress is stored under it.</summary>
    protected abstract string StageKey { get; }

    /// <summary>What the item ids name (<see cref="ItemKinds"/>).</summary>
    protected abstract string ItemKind { get; }

    /// <summary>The stage key (<see cref="StageKey"/>), for the runner's <see cref="StageFeed"/>.</summary>
    public string ProgressKey => StageKey;

    /// <summary>Only items this stage key has finished are eligible (e.g. masters need the release details). When that
    /// stage runs at the same time (a concurrent <see cref="PipelineStep"/>), this stage follows it item by item.</summary>
    protected virtual string? RequiresStage => null;

    protected StageProgressRepository Progress => progress;

    /// <summary>The (already reported) result of a stage that cannot run this time, e.g. an optional source that is not
    /// configured; null to run. Nothing is listed or recorded when it is not null.</summary>
    protected virtual StageResult? ResultWithoutRunning() => null;

    protected TimeProvider Time => time;

    /// <summary>Every item the stage should have done, in the order to work on them; the base skips those not due.</summary>
    protected abstract Task<IReadOnlyList<long>> ListItemsAsync(CancellationToken cancellationToken);

    /// <summary>Fetches what the item needs and says what to store. Throw to record a failure.</summary>
    protected abstract Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken);

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        if (ResultWithoutRunning() is { } notRun)
        {
            return notRun;
        }

        // Following a stage that runs at the same time: take its items as it stores them, until it has ended.
        var followed = RequiresStage is { } upstream && context.Feed.Position(upstream).Running ? upstream : null;
        var staleBefore = context.StaleBefore(Source);
        var tally = new Tally();
        var listedOnce = false;
        while (true)
        {
            // Read the position before listing: anything stored after it wakes the wait below, so nothing is missed.
            var position = followed is null ? default : context.Feed.Position(followed);
            var listed = await ListItemsAsync(cancellationToken);
            var known = await progress.GetProgressAsync(StageKey, cancellationToken);
            var due = listed.Where(id => !tally.Attempted.Contains(id) && RetryRules.IsDue(known.GetValueOrDefault(id), staleBefore)).ToList();
            if (!listedOnce)
            {
                reporter.StageStarted(Name, due.Count);
                listedOnce = true;
            }
            else if (due.Count > 0)
            {
                reporter.ItemsQueued(Name, due.Count);
            }

            await ProcessDueAsync(due, known, tally, context, cancellationToken);
            if (tally.Stopped is not null || tally.Left is not null)
            {
                break;
            }

            if (!position.Running)
            {
                // The last listing saw everything the followed stage stored: failures of items no longer listed are moot.
                await progress.ForgetUnlistedFailuresAsync(StageKey, listed, cancellationToken);
                break;
            }

            await context.Feed.WaitForChangeAsync(followed!, position, cancellationToken);
        }

        var result = (tally.Stopped, tally.Left) switch
        {
            ({ } stop, _) => StageResult.StoppedEarly(Name, tally.Processed, tally.Failed, stop),
            (_, { } left) => new StageResult(Name, tally.Processed, 0, tally.Failed, $"time budget reached: {left} left for the next run") { Left = left },
            _ => new StageResult(Name, tally.Processed, 0, tally.Failed),
        } with { NoMatch = tally.NoMatch };
        reporter.StageFinished(result);
        return result;
    }

    private async Task ProcessDueAsync(
        List<long> due, IReadOnlyDictionary<long, ItemProgress> known, Tally tally, RunContext context, CancellationToken cancellationToken)
    {
        for (var index = 0; index < due.Count; index++)
        {
            var itemId = due[index];
            cancellationToken.ThrowIfCancellationRequested();
            if (context.OutOfTime)
            {
                // The time budget is spent: what is left waits for the next run, in the same order.
                tally.Left = due.Count - index;
                return;
            }

            tally.Attempted.Add(itemId);
            try
            {
                var outcome = await ProcessAsync(itemId, context, cancellationToken);
                await progress.FinishAsync(Item(itemId), outcome.Status, outcome.Write, time.GetUtcNow(), cancellationToken);
                tally.Processed++;
                tally.NoMatch += outcome.FoundNothing ? 1 : 0;
                reporter.ItemFinished(Name, failed: false);
                context.Feed.Advanced(StageKey);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (TimeBudgetExhaustedException)
            {
                // The HTTP layer refused to start the request: the item is not done, nor did it fail.
                tally.Left = due.Count - index;
                return;
            }
            catch (FatalRemoteException ex) when (Requirement == StageRequirement.Optional)
            {
                // The source rejects every request (credentials, open breaker): this item did not fail on its own.
                tally.Stopped = new StageStop(Source, ex.Message);
                return;
            }
            catch (Exception ex) when (ex is not FatalRemoteException and not PipelineAbortedException and not TimeBudgetExhaustedException && !StateDiskFull.Covers(ex))
            {
                tally.Failed++;
                await RecordFailureAsync(itemId, known.GetValueOrDefault(itemId), ex, context, cancellationToken);
                reporter.ItemFinished(Name, failed: true);
            }
        }
    }

    private StageItem Item(long itemId) => new(StageKey, ItemKind, itemId);

    private async Task RecordFailureAsync(long itemId, ItemProgress? before, Exception ex, RunContext context, CancellationToken cancellationToken)
    {
        var attempts = RetryRules.AttemptsAfterFailure(before);
        var status = RetryRules.StatusAfterFailure(attempts, context.MaxAttempts);
        var message = Describe(ex);
        if (status == ItemStatus.DeadLetter)
        {
            logger.LogWarning("{Stage}: {Kind} {Id} failed {Attempts} runs in a row and is set aside until `retry`: {Error}", Name, ItemKind, itemId, attempts, message);
        }
        else
        {
            logger.LogWarning("{Stage}: {Kind} {Id} failed (run {Attempt} of {Max}; tried again next run): {Error}", Name, ItemKind, itemId, attempts, context.MaxAttempts, message);
        }

        await progress.RecordFailureAsync(Item(itemId), status, attempts, message, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The error text stored as last_error: the message chain, without stack traces.</summary>
    private static string Describe(Exception ex)
    {
        var parts = new List<string>();
        for (var current = ex; current is not null && parts.Count < 3; current = current.InnerException)
        {
            if (parts.Count == 0 || !parts[^1].Contains(current.Message, StringComparison.Ordinal))
            {
                parts.Add(current.Message);
            }
        }

        return string.Join(" <- ", parts);
    }

    /// <summary>What one run of the stage has done so far.</summary>
    private sealed class Tally
    {
        public HashSet<long> Attempted { get; } = [];

        public int Processed { get; set; }

        public int Failed { get; set; }

        public int NoMatch { get; set; }

        public StageStop? Stopped { get; set; }

        /// <summary>Due items not started because the time budget was spent; null while it lasts.</summary>
        public int? Left { get; set; }
    }
}
