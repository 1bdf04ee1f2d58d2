using CollectionSite.Matching;
using CollectionSite.Storage;

namespace CollectionSite.Stages.Enrichment;

/// <summary>
/// Turns what an enrichment stage found into the stored <see cref="MatchDecision{T}"/>, honouring the item's override:
/// "none" skips the source, a pin fetches exactly that album or article, a search term goes to the matcher instead of
/// artist and title. A refresh decides again through here, so it can never bypass an override.
/// </summary>
internal static class MatchDecisions
{
    /// <param name="pinned">The item's override for this source, or null.</param>
    /// <param name="fetchPinned">Fetches a pinned id or title; null when the source has no such thing.</param>
    /// <param name="match">Runs the matcher with the override's search term (or null).</param>
    /// <exception cref="PinnedMatchMissingException">The pinned id or title does not exist at the source.</exception>
    public static async Task<MatchDecision<T>> DecideAsync<T>(
        EnrichmentOverride? pinned,
        MatchTable<T> table,
        long itemId,
        Func<string, Task<T?>> fetchPinned,
        Func<string?, Task<MatchOutcome<T>>> match,
        DateTimeOffset now)
        where T : class
    {
        switch (pinned)
        {
            case { Kind: OverrideKind.None }:
                return new MatchDecision<T>(MatchState.Skipped, MethodName(MatchMethod.Manual), 1, [], null, now);
            case { Kind: OverrideKind.Pin, Value: { } id }:
                var found = await fetchPinned(id) ?? throw PinnedMatchMissingException.For(table.Source, table.ItemKind, itemId, id);
                var item = table.Identify(found);
                return new MatchDecision<T>(MatchState.Matched, MethodName(MatchMethod.Manual), 1, [new MatchCandidate(item.Id, item.Title, string.Empty, 1)], found, now);
            default:
                var outcome = await match(pinned is { Kind: OverrideKind.Search } ? pinned.Value : null);
                return From(outcome, now);
        }
    }

    /// <summary>A matcher's outcome as stored: matched or no-match, its method and confidence, and every candidate.</summary>
    public static MatchDecision<T> From<T>(MatchOutcome<T> outcome, DateTimeOffset now)
        where T : class => new(
            outcome.IsMatch ? MatchState.Matched : MatchState.NoMatch,
            outcome.IsMatch && outcome.Method is { } method ? MethodName(method) : null,
            Math.Clamp(outcome.Confidence, 0, 1),
            [.. outcome.Candidates.OrderByDescending(c => c.Score).Select(c => new MatchCandidate(c.Id, c.Title, c.Artist, c.Score))],
            outcome.Match,
            now);

    /// <summary>manual, barcode, link, crossref or search: the stored and displayed name.</summary>
    public static string MethodName(MatchMethod method) => method switch
    {
        MatchMethod.Manual => "manual",
        MatchMethod.Barcode => "barcode",
        MatchMethod.Link => "link",
        MatchMethod.Crossref => "crossref",
        _ => "search",
    };
}
