using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.Wikipedia;

/// <summary>
/// English Wikipedia (<c>Wikipedia:BaseUrl</c>) with the Wikimedia User-Agent (<c>Wikipedia:Contact</c>), at most 3
/// requests in flight, Retry-After honoured. Failures → <c>RemoteApiException</c>; 404 → null/empty.
/// </summary>
public interface IWikipediaApi
{
    /// <summary>The page summary of <paramref name="title"/> (spaces or underscores), after redirects; null when there is no such page.</summary>
    Task<WikipediaArticle?> GetSummaryAsync(string title, CancellationToken cancellationToken);

    /// <summary>Titles of articles matching <paramref name="query"/> (action=query&amp;list=search, namespace 0), best first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> SearchTitlesAsync(string query, int limit, CancellationToken cancellationToken);
}
