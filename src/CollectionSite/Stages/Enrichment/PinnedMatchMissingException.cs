namespace CollectionSite.Stages.Enrichment;

/// <summary>
/// The album or article an override pins does not exist at the source (a typo, or not in the storefront or market).
/// Recorded as the item's failure, so the summary and `match show` say so, until the override is fixed or cleared.
/// </summary>
public sealed class PinnedMatchMissingException : Exception
{
    public PinnedMatchMissingException()
    {
    }

    public PinnedMatchMissingException(string message)
        : base(message)
    {
    }

    public PinnedMatchMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>"The pinned Apple Music album 123 does not exist … clear it with …".</summary>
    public static PinnedMatchMissingException For(string source, string itemKind, long itemId, string pinned)
    {
        var what = source == Storage.EnrichmentSources.Wikipedia ? "article" : "album";
        var target = itemKind == Storage.ItemKinds.Artist ? $"--artist {itemId}" : $"{itemId}";
        return new PinnedMatchMissingException(
            $"The pinned {Storage.EnrichmentSources.DisplayName(source)} {what} '{pinned}' was not found. "
            + $"Pin another with `collectionsite override set {target} --source {source} --id ...` or remove it with `collectionsite override clear {target} --source {source}`.");
    }
}
