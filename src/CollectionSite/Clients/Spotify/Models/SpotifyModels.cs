using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Spotify.Models;

// Wire shapes of the Spotify Web API (GET /v1/search?type=album, GET /v1/albums/{id}) and the accounts service
// (POST /api/token). Search items stay JsonElement so each album's JSON text can be stored as received.

/// <summary>Search: <c>{"albums": {"href", "limit", "next", "offset", "previous", "total", "items": [...]}}</c>.</summary>
internal sealed record SearchDto(
    [property: JsonPropertyName("albums")] AlbumPageDto? Albums);

internal sealed record AlbumPageDto(
    [property: JsonPropertyName("items")] List<JsonElement>? Items);

/// <summary>
/// A simplified (search) or full (/v1/albums/{id}) album object; fields missing from older shapes stay null.
/// release_date is "1983", "1983-10" or "1983-10-14" today; albums recorded in 2014 carry <c>{"year", "month", "day"}</c>.
/// </summary>
internal sealed record AlbumDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("album_type")] string? AlbumType,
    [property: JsonPropertyName("artists")] List<ArtistDto>? Artists,
    [property: JsonPropertyName("external_urls")] ExternalUrlsDto? ExternalUrls,
    [property: JsonPropertyName("external_ids")] ExternalIdsDto? ExternalIds,
    [property: JsonPropertyName("release_date")] JsonElement? ReleaseDate,
    [property: JsonPropertyName("total_tracks")] int? TotalTracks,
    [property: JsonPropertyName("tracks")] TrackPageDto? Tracks);

/// <summary>A full album's first page of tracks; only its total is read (albums from before 2015 have no total_tracks).</summary>
internal sealed record TrackPageDto([property: JsonPropertyName("total")] int? Total);

internal sealed record ArtistDto([property: JsonPropertyName("name")] string? Name);

internal sealed record ExternalUrlsDto([property: JsonPropertyName("spotify")] string? Spotify);

internal sealed record ExternalIdsDto([property: JsonPropertyName("upc")] string? Upc);

/// <summary>API errors: <c>{"error": {"status", "message"}}</c>; before 2015 <c>{"error": {"type", "description"}}</c>.</summary>
internal sealed record ErrorBodyDto([property: JsonPropertyName("error")] ErrorDto? Error);

internal sealed record ErrorDto(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("description")] string? Description);

/// <summary>Client-credentials token: <c>{"access_token", "token_type": "Bearer" (or "bearer"), "expires_in": 3600}</c>.</summary>
internal sealed record TokenDto(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);

/// <summary>Token endpoint errors (OAuth 2.0): <c>{"error": "invalid_client", "error_description": "Invalid client secret"}</c>.</summary>
internal sealed record TokenErrorDto(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? Description);
