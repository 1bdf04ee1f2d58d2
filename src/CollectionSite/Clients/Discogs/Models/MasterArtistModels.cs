using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Discogs.Models;

// Wire shapes of GET /masters/{id} and GET /artists/{id}.

internal sealed record MasterDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("main_release")] long? MainRelease,
    [property: JsonPropertyName("artists")] List<ArtistCreditDto>? Artists,
    [property: JsonPropertyName("genres")] List<string>? Genres,
    [property: JsonPropertyName("styles")] List<string>? Styles,
    [property: JsonPropertyName("uri")] string? Uri);

internal sealed record ArtistDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("realname")] string? RealName,
    [property: JsonPropertyName("profile")] string? Profile,
    [property: JsonPropertyName("urls")] List<string>? Urls,
    [property: JsonPropertyName("namevariations")] List<string>? NameVariations,
    [property: JsonPropertyName("images")] List<ImageDto>? Images,
    [property: JsonPropertyName("members")] List<ArtistReferenceDto>? Members,
    [property: JsonPropertyName("groups")] List<ArtistReferenceDto>? Groups,
    [property: JsonPropertyName("aliases")] List<ArtistReferenceDto>? Aliases,
    [property: JsonPropertyName("uri")] string? Uri);

internal sealed record ArtistReferenceDto(
    [property: JsonPropertyName("id")] long? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("active")] bool? Active);

internal sealed record ErrorDto([property: JsonPropertyName("message")] string? Message);
