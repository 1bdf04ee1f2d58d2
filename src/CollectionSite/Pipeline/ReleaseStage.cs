using CollectionSite.Clients.Http;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Pipeline;

/// <summary>How one release went in a <see cref="ReleaseStage"/>.</summary>
public enum ItemOutcome
{
    /// <summary>The stage stored its result and marked the release done itself (in the same transaction).</summary>
    Completed,

    /// <summary>Nothing to store; the base class marks the release done.</summary>
    NothingToDo,

    /// <summary>The remote API has no such thing (404); recorded as not_found and never retried.</summary>
    NotFound,
}

/// <summary>
/// Base for stages that work release by release: loads the pending releases, checks cancellation per item,
/// records each failure (error, attempts, next retry) and goes on. Cancellation and run-ending failures
/// propagate; nothing else does.
/// </summary>
public abstract class ReleaseStage(StageProgressRepository progress, TimeProvider time, IRunReporter reporter, ILogger logger) : IPipelineStage
{
    public abstract string Name { get; }

    /// <summary>The release_stage key, e.g. "discogs.release". Never rename a shipped key: progress is stored under it.</summary>
    protected abstract string StageKey { get; }

    /// <summary>Only releases this stage key finished are eligible.</summary>
    protected virtual string? RequiresStage => null;

    protected TimeProvider Time => time;

    protected abstract Task<ItemOutcome> ProcessAsync(long releaseId, RunContext context, CancellationToken cancellationToken);

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        var pending = await progress.GetPendingAsync(
            new PendingQuery(StageKey, RequiresStage, time.GetUtcNow(), context.DiscogsStaleBefore, context.Options.RetryFailed),
            cancellationToken);
        reporter.StageStarted(Name, pending.Count);
        int processed = 0, failed = 0;
        foreach (var item in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var outcome = await ProcessAsync(item.ReleaseId, context, cancellationToken);
                if (outcome != ItemOutcome.Completed)
                {
                    var status = outcome == ItemOutcome.NotFound ? "not_found" : "done";
                    await progress.MarkFinishedAsync(item.ReleaseId, StageKey, status, null, time.GetUtcNow(), cancellationToken);
                }

                processed++;
                reporter.ItemFinished(Name, failed: false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is not FatalRemoteException and not PipelineAbortedException)
            {
                failed++;
                var now = time.GetUtcNow();
                var message = Describe(ex);
                logger.LogWarning("{Stage}: release {ReleaseId} failed (attempt {Attempt}): {Error}", Name, item.ReleaseId, item.Attempts + 1, message);
                await progress.RecordFailureAsync(item.ReleaseId, StageKey, message, RetrySchedule.NextAttempt(item.Attempts, now), now, cancellationToken);
                reporter.ItemFinished(Name, failed: true);
            }
        }

        var result = new StageResult(Name, processed, 0, failed);
        reporter.StageFinished(result);
        return result;
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
