namespace CollectionSite.Domain.Enrichment;

/// <summary>
/// A Wikipedia page summary (REST <c>/api/rest_v1/page/summary/{title}</c>). The extract is shown with its licence:
/// CC BY-SA 4.0, linking the article (<see cref="PageUrl"/>) and its history (<see cref="HistoryUrl"/>).
/// </summary>
/// <param name="Title">titles.canonical with spaces ("Tool (band)").</param>
/// <param name="Type">"standard", "disambiguation", "mainpage" or "no-extract".</param>
/// <param name="Description">The short Wikidata description ("American rock band"), when present.</param>
/// <param name="Extract">Plain-text lead section.</param>
/// <param name="PageUrl">content_urls.desktop.page.</param>
/// <param name="HistoryUrl">content_urls.desktop.revisions.</param>
/// <param name="WikidataId">wikibase_item, e.g. "Q11647", when present.</param>
/// <param name="RawJson">The summary as received, for audit.</param>
public sealed record WikipediaArticle(
    string Title,
    string Type,
    string? Description,
    string? Extract,
    string PageUrl,
    string? HistoryUrl,
    WikipediaImage? Thumbnail,
    string? WikidataId,
    string RawJson)
{
    public bool IsDisambiguation => string.Equals(Type, "disambiguation", StringComparison.OrdinalIgnoreCase);
}

/// <summary>thumbnail: source URL and size in pixels.</summary>
public sealed record WikipediaImage(string Source, int Width, int Height);
