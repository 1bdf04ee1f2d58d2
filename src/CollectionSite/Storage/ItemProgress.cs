namespace CollectionSite.Storage;

/// <summary>Where one item stands in one stage (stage_progress.status).</summary>
public enum ItemStatus
{
    /// <summary>Finished; its data is stored.</summary>
    Done,

    /// <summary>The source has no such thing (404); not asked again unless its source is refreshed.</summary>
    NotFound,

    /// <summary>Failed in the last run(s); tried again on the next run.</summary>
    Failed,

    /// <summary>Failed too many runs in a row; left alone until requeued (`retry`, --retry-failed).</summary>
    DeadLetter,
}

/// <summary>What kind of thing an item id names; a stage works on one kind.</summary>
public static class ItemKinds
{
    public const string Release = "release";
    public const string Artist = "artist";
}

/// <summary>One item of one stage: the stage key (e.g. "discogs.release"), the item kind and its id.</summary>
public sealed record StageItem(string Stage, string Kind, long Id);

/// <summary>The stored progress of one item of a stage. <see cref="Attempts"/> counts failed runs in a row (for a done
/// artwork item: runs in a row it kept a fallback because a better source failed).</summary>
public sealed record ItemProgress(long ItemId, ItemStatus Status, int Attempts, DateTimeOffset UpdatedUtc);

/// <summary>A failed or dead-lettered item, with its last error, for the summary and the `retry` command.</summary>
public sealed record StageFailure(string Stage, string ItemKind, long ItemId, ItemStatus Status, int Attempts, string? LastError, DateTimeOffset UpdatedUtc);

/// <summary>Maps <see cref="ItemStatus"/> to and from the stage_progress.status text.</summary>
internal static class ItemStatusText
{
    public static string ToDb(this ItemStatus status) => status switch
    {
        ItemStatus.Done => "done",
        ItemStatus.NotFound => "not_found",
        ItemStatus.Failed => "failed",
        _ => "dead_letter",
    };

    public static ItemStatus FromDb(string text) => text switch
    {
        "done" => ItemStatus.Done,
        "not_found" => ItemStatus.NotFound,
        "failed" => ItemStatus.Failed,
        "dead_letter" => ItemStatus.DeadLetter,
        _ => throw new InvalidDataException($"Unknown stage_progress status '{text}'."),
    };
}
