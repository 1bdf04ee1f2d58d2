using CollectionSite.Storage;

namespace CollectionSite.Pipeline;

/// <summary>
/// What a per-item stage found for one item. The stage returns it; <see cref="ItemStage"/> stores it and records
/// the item as finished in one transaction, so a stage cannot leave a processed item pending or store data
/// without its "done".
/// </summary>
public sealed class ItemOutcome
{
    private readonly bool noMatch;

    private ItemOutcome(ItemStatus status, StateWrite? write, bool noMatch = false)
    {
        Status = status;
        Write = write;
        this.noMatch = noMatch;
    }

    /// <summary>Marks the item done with nothing to store (e.g. the shared master was cached already).</summary>
    public static ItemOutcome MarkDone { get; } = new(ItemStatus.Done, null);

    /// <summary>Marks the item not found (the source answered 404): not asked again unless its source is refreshed.</summary>
    public static ItemOutcome MarkNotFound { get; } = new(ItemStatus.NotFound, null);

    internal ItemStatus Status { get; }

    /// <summary>The item finished with nothing found (a 404, or a source with no match): the summary's no-match column.</summary>
    internal bool FoundNothing => Status == ItemStatus.NotFound || noMatch;

    internal StateWrite? Write { get; }

    /// <summary>Runs <paramref name="write"/> and marks the item done, in one transaction.</summary>
    public static ItemOutcome Store(StateWrite write) => new(ItemStatus.Done, write);

    /// <summary>Like <see cref="Store"/>, for a decision that found no match (counted as no-match in the summary).</summary>
    public static ItemOutcome StoreNoMatch(StateWrite write) => new(ItemStatus.Done, write, noMatch: true);
}
