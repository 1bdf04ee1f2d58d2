using CollectionSite.Storage;

namespace CollectionSite.Pipeline;

/// <summary>
/// Which items a per-item stage works on, and what a failure does to an item. Within a run the HTTP handler
/// already retried with back-off, so a failed item is not tried again in the same run; it is tried again on
/// the next run, whatever the clock says (a transient outage has healed by then, and a re-run right after a
/// fault storm completes). After <c>Retry:MaxAttempts</c> failed runs in a row it is dead-lettered: left
/// alone, and shown in the summary, until `retry` or --retry-failed brings it back.
/// </summary>
public static class RetryRules
{
    /// <summary>Whether the stage works on an item this run.</summary>
    /// <param name="progress">The item's stored row; null when it was never tried.</param>
    /// <param name="staleBefore">The source's pending --refresh time: finished items stored before it are due again.</param>
    public static bool IsDue(ItemProgress? progress, DateTimeOffset? staleBefore) => progress switch
    {
        null => true,
        { Status: ItemStatus.Failed } => true,
        { Status: ItemStatus.DeadLetter } => false,
        _ => staleBefore is { } stale && progress.UpdatedUtc < stale,
    };

    /// <summary>Failed runs in a row, counting this one (a finished item that fails on refresh starts again at 1).</summary>
    public static int AttemptsAfterFailure(ItemProgress? progress) =>
        progress is { Status: ItemStatus.Failed } ? progress.Attempts + 1 : 1;

    /// <summary>Failed while it has runs left, dead letter once <paramref name="attempts"/> reaches <paramref name="maxAttempts"/>.</summary>
    public static ItemStatus StatusAfterFailure(int attempts, int maxAttempts) =>
        attempts >= maxAttempts ? ItemStatus.DeadLetter : ItemStatus.Failed;
}
