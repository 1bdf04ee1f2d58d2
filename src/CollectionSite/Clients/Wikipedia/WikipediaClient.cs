using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikipedia.Models;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.Wikipedia;

/// <summary>
/// Wikipedia for the pipeline: Refit calls (<see cref="IWikipediaWireApi"/>) translated by <see cref="ApiResponses"/>
/// (404 → null, 401/403 → fatal, anything else unusable → <see cref="RemoteApiException"/>) and mapped here.
/// Politeness (3 in flight, Retry-After, the User-Agent) is the handler's.
/// </summary>
/// <param name="baseUrl">Wikipedia:BaseUrl, for the page URL of a summary that lacks content_urls.</param>
internal sealed class WikipediaClient(IWikipediaWireApi api, string baseUrl) : IWikipediaApi
{
    /// <summary>Most search hits the pipeline asks for; the API would give 500.</summary>
    public const int MaxSearchLimit = 50;

    private static readonly WikipediaSource Source = WikipediaSource.Instance;

    public async Task<WikipediaArticle?> GetSummaryAsync(string title, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var fetched = await ApiResponses.VerbatimOrNullAsync(api.GetSummaryAsync(PathTitle(title), cancellationToken), WikipediaJsonContext.Default.SummaryDto, Source);
        return fetched is null ? null : ToDomain(fetched.Value, fetched.RawJson, title);
    }

    public async Task<IReadOnlyList<string>> SearchTitlesAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var found = await ApiResponses.ContentOrNullAsync(api.SearchAsync(query.Trim(), Math.Clamp(limit, 1, MaxSearchLimit), cancellationToken), Source);
        if (found?.Error is { } error)
        {
            throw Source.Failed($"GET /w/api.php?action=query&list=search answered error {error.Code}: {error.Info}", System.Net.HttpStatusCode.OK, "/w/api.php");
        }

        return (found?.Query?.Search ?? []).Where(hit => hit.Namespace is null or 0).Select(hit => hit.Title).OfType<string>().ToList();
    }

    /// <summary>"Tool (band)" → "Tool_(band)": the REST API's form of a title in a path.</summary>
    internal static string PathTitle(string title) => title.Trim().Replace(' ', '_');

    private WikipediaArticle ToDomain(SummaryDto dto, string rawJson, string asked)
    {
        var title = (dto.Titles?.Canonical ?? dto.Titles?.Normalized ?? dto.Title ?? asked).Replace('_', ' ');
        return new WikipediaArticle(
            title,
            Text(dto.Type) ?? "standard",
            Text(dto.Description),
            Text(dto.Extract),
            Text(dto.ContentUrls?.Desktop?.Page) ?? $"{baseUrl}/wiki/{Uri.EscapeDataString(PathTitle(title))}",
            Text(dto.ContentUrls?.Desktop?.Revisions),
            dto.Thumbnail is { Source: { Length: > 0 } source, Width: > 0 and var width, Height: > 0 and var height } ? new WikipediaImage(source, width, height) : null,
            Text(dto.WikibaseItem),
            rawJson);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
