using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionSite.Clients.AppleMusic.Models;

// Wire shapes of the Apple Music API catalog (GET /v1/catalog/{storefront}/albums, /albums/{id}, /search).
// Resource lists keep their items as JsonElement so each album's JSON text can be stored as received.

/// <summary>A resource collection: <c>{"data": [resource, ...]}</c>.</summary>
internal sealed record ResourceListDto(
    [property: JsonPropertyName("data")] List<JsonElement>? Data);

/// <summary>Search: <c>{"results": {"albums": {"href", "next", "data": [...]}}}</c>; <c>albums</c> is absent when nothing matched.</summary>
internal sealed record SearchDto(
    [property: JsonPropertyName("results")] SearchResultsDto? Results);

internal sealed record SearchResultsDto(
    [property: JsonPropertyName("albums")] ResourceListDto? Albums);

/// <summary>One album resource: <c>{"id", "type": "albums", "href", "attributes", "relationships"}</c>.</summary>
internal sealed record AlbumDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("attributes")] AlbumAttributesDto? Attributes);

internal sealed record AlbumAttributesDto(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("artistName")] string? ArtistName,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("releaseDate")] string? ReleaseDate,
    [property: JsonPropertyName("recordLabel")] string? RecordLabel,
    [property: JsonPropertyName("genreNames")] List<string>? GenreNames,
    [property: JsonPropertyName("trackCount")] int? TrackCount,
    [property: JsonPropertyName("upc")] string? Upc,
    [property: JsonPropertyName("isSingle")] bool? IsSingle,
    [property: JsonPropertyName("isCompilation")] bool? IsCompilation,
    [property: JsonPropertyName("artwork")] ArtworkDto? Artwork,
    [property: JsonPropertyName("editorialNotes")] EditorialNotesDto? EditorialNotes);

/// <summary>attributes.artwork: <c>url</c> is a template with <c>{w}</c> and <c>{h}</c>; width/height are the largest available.</summary>
internal sealed record ArtworkDto(
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height);

/// <summary>attributes.editorialNotes: HTML fragments with &lt;i&gt;, &lt;b&gt;, &lt;br&gt; and entities.</summary>
internal sealed record EditorialNotesDto(
    [property: JsonPropertyName("short")] string? Brief,
    [property: JsonPropertyName("standard")] string? Standard);

/// <summary>Error body: <c>{"errors": [{"id", "title", "detail", "status", "code"}]}</c>.</summary>
internal sealed record ErrorsDto(
    [property: JsonPropertyName("errors")] List<ErrorDto>? Errors);

internal sealed record ErrorDto(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("detail")] string? Detail);
