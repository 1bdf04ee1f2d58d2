using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Discogs.Models;

// Wire shapes of GET /releases/{id}. Fields absent from older or unauthenticated samples are nullable.

internal sealed record ReleaseDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("artists")] List<ArtistCreditDto>? Artists,
    [property: JsonPropertyName("master_id")] long? MasterId,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("released")] string? Released,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("genres")] List<string>? Genres,
    [property: JsonPropertyName("styles")] List<string>? Styles,
    [property: JsonPropertyName("labels")] List<LabelDto>? Labels,
    [property: JsonPropertyName("formats")] List<FormatDto>? Formats,
    [property: JsonPropertyName("tracklist")] List<TrackDto>? Tracklist,
    [property: JsonPropertyName("extraartists")] List<ArtistCreditDto>? ExtraArtists,
    [property: JsonPropertyName("images")] List<ImageDto>? Images,
    [property: JsonPropertyName("videos")] List<VideoDto>? Videos,
    [property: JsonPropertyName("identifiers")] List<IdentifierDto>? Identifiers,
    [property: JsonPropertyName("companies")] List<LabelDto>? Companies,
    [property: JsonPropertyName("notes")] string? Notes,
    [property: JsonPropertyName("uri")] string? Uri,
    [property: JsonPropertyName("data_quality")] string? DataQuality);

internal sealed record ArtistCreditDto(
    [property: JsonPropertyName("id")] long? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("anv")] string? Anv,
    [property: JsonPropertyName("join")] string? Join,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("tracks")] string? Tracks);

/// <summary>Labels and companies share a shape.</summary>
internal sealed record LabelDto(
    [property: JsonPropertyName("id")] long? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("catno")] string? CatalogNumber,
    [property: JsonPropertyName("entity_type_name")] string? EntityTypeName);

internal sealed record FormatDto(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("qty")] string? Quantity,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("descriptions")] List<string>? Descriptions);

internal sealed record TrackDto(
    [property: JsonPropertyName("position")] string? Position,
    [property: JsonPropertyName("type_")] string? Type,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("duration")] string? Duration,
    [property: JsonPropertyName("artists")] List<ArtistCreditDto>? Artists,
    [property: JsonPropertyName("extraartists")] List<ArtistCreditDto>? ExtraArtists,
    [property: JsonPropertyName("sub_tracks")] List<TrackDto>? SubTracks);

internal sealed record ImageDto(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("uri")] string? Uri,
    [property: JsonPropertyName("uri150")] string? Uri150,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height);

internal sealed record VideoDto(
    [property: JsonPropertyName("uri")] string? Uri,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("duration")] int? Duration,
    [property: JsonPropertyName("embed")] bool? Embed);

internal sealed record IdentifierDto(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("description")] string? Description);
