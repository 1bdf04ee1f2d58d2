using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Wikipedia.Models;

// Wire shapes of the REST page summary (GET /api/rest_v1/page/summary/{title}, profile Specs/Summary/1.4.x) and of
// the Action API's full-text search (GET /w/api.php?action=query&list=search, used on Wikidata too).

/// <summary>A page summary. <c>type</c>: standard, disambiguation, mainpage or no-extract; <c>wikibase_item</c> and <c>thumbnail</c> may be absent.</summary>
internal sealed record SummaryDto(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("titles")] TitlesDto? Titles,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("extract")] string? Extract,
    [property: JsonPropertyName("content_urls")] ContentUrlsDto? ContentUrls,
    [property: JsonPropertyName("thumbnail")] ImageDto? Thumbnail,
    [property: JsonPropertyName("wikibase_item")] string? WikibaseItem);

/// <summary>titles.canonical has underscores in current responses ("Dart_(programming_language)"), spaces in older ones.</summary>
internal sealed record TitlesDto(
    [property: JsonPropertyName("canonical")] string? Canonical,
    [property: JsonPropertyName("normalized")] string? Normalized);

internal sealed record ContentUrlsDto([property: JsonPropertyName("desktop")] PageUrlsDto? Desktop);

internal sealed record PageUrlsDto(
    [property: JsonPropertyName("page")] string? Page,
    [property: JsonPropertyName("revisions")] string? Revisions);

internal sealed record ImageDto(
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height);

/// <summary>REST errors (HyperSwitch problem JSON): <c>{"type", "title": "Not found.", "detail", "uri"}</c>.</summary>
internal sealed record ProblemDto(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("detail")] string? Detail,
    [property: JsonPropertyName("error")] ActionErrorDto? Error);

/// <summary>Action API search: <c>{"query": {"searchinfo", "search": [{"ns", "title", "pageid", ...}]}}</c>, or <c>{"error": {...}}</c> with status 200.</summary>
internal sealed record ActionSearchDto(
    [property: JsonPropertyName("query")] ActionQueryDto? Query,
    [property: JsonPropertyName("error")] ActionErrorDto? Error);

internal sealed record ActionQueryDto([property: JsonPropertyName("search")] List<SearchHitDto>? Search);

internal sealed record SearchHitDto(
    [property: JsonPropertyName("ns")] int? Namespace,
    [property: JsonPropertyName("title")] string? Title);

/// <summary>Action API error: <c>{"code": "badvalue", "info": "..."}</c>.</summary>
internal sealed record ActionErrorDto(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("info")] string? Info);
