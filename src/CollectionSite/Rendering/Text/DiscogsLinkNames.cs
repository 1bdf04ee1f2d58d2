namespace CollectionSite.Rendering.Text;

/// <summary>
/// Names for the ids that Discogs markup refers to ([a123], [r123], [m123], [l123]), taken from what the
/// state database holds. An id it does not know is shown as "Artist 123" etc.
/// </summary>
public sealed record DiscogsLinkNames(
    IReadOnlyDictionary<long, string> Artists,
    IReadOnlyDictionary<long, string> Releases,
    IReadOnlyDictionary<long, string> Masters,
    IReadOnlyDictionary<long, string> Labels)
{
    /// <summary>No names known: every id shows as "Kind 123".</summary>
    public static DiscogsLinkNames None { get; } = new(
        new Dictionary<long, string>(), new Dictionary<long, string>(), new Dictionary<long, string>(), new Dictionary<long, string>());
}
