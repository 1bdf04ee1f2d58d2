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

    protected StageProgressRepository Progress => progress;

    protected TimeProvider Time => time;

    /// <summary>Every item the stage should have done, in the order to work on them; the base skips those not due.</summary>
    protected abstract Task<IReadOnlyList<long>> ListItemsAsync(CancellationToken cancellationToken);

    /// <summary>Fetches what the item needs and says what to store. Throw to record a failure.</summary>
    protected abstract Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken);

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        var listed = await ListItemsAsync(cancellationToken);
        await progress.ForgetUnlistedFailuresAsync(StageKey, listed, cancellationToken);
        var known = await progress.GetProgressAsync(StageKey, cancellationToken);
        var staleBefore = context.StaleBefore(Source);
        var due = listed.Where(id => RetryRules.IsDue(known.GetValueOrDefault(id), staleBefore)).ToList();
        reporter.StageStarted(Name, due.Count);
        int processed = 0, failed = 0;
        StageStop? stopped = null;
        foreach (var itemId in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var outcome = await ProcessAsync(itemId, context, cancellationToken);
                await progress.FinishAsync(Item(itemId), outcome.Status, outcome.Write, time.GetUtcNow(), cancellationToken);
                processed++;
                reporter.ItemFinished(Name, failed: false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (FatalRemoteException ex) when (Requirement == StageRequirement.Optional)
            {
                // The source rejects every request (credentials, open breaker): this item did not fail on its own.
                stopped = new StageStop(Source, ex.Message);
                break;
            }
            catch (Exception ex) when (ex is not FatalRemoteException and not PipelineAbortedException)
            {
                failed++;
                await RecordFailureAsync(itemId, known.GetValueOrDefault(itemId), ex, context, cancellationToken);
                reporter.ItemFinished(Name, failed: true);
            }
        }

        var result = stopped is null ? new StageResult(Name, processed, 0, failed) : StageResult.StoppedEarly(Name, processed, failed, stopped);
        reporter.StageFinished(result);
        return result;
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
}
