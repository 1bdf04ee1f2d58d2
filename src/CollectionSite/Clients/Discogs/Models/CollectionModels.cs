using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Discogs.Models;

// Wire shapes of GET /users/{u}/collection/folders/0/releases. Everything optional in any real sample is nullable.

internal sealed record CollectionPageDto(
    [property: JsonPropertyName("pagination")] PaginationDto? Pagination,
    [property: JsonPropertyName("releases")] List<CollectionItemDto>? Releases);

internal sealed record PaginationDto(
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("pages")] int Pages,
    [property: JsonPropertyName("items")] int Items,
    [property: JsonPropertyName("per_page")] int PerPage);

internal sealed record CollectionItemDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("instance_id")] long InstanceId,
    [property: JsonPropertyName("folder_id")] int? FolderId,
    [property: JsonPropertyName("rating")] int? Rating,
    [property: JsonPropertyName("date_added")] DateTimeOffset? DateAdded,
    [property: JsonPropertyName("notes")] List<CollectionNoteDto>? Notes,
    [property: JsonPropertyName("basic_information")] BasicInformationDto? BasicInformation);

/// <summary>The listing's summary of the release: older captures lack genres and styles; cover URLs are "" without credentials.</summary>
internal sealed record BasicInformationDto(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("master_id")] long? MasterId,
    [property: JsonPropertyName("artists")] List<ArtistCreditDto>? Artists,
    [property: JsonPropertyName("labels")] List<LabelDto>? Labels,
    [property: JsonPropertyName("formats")] List<FormatDto>? Formats,
    [property: JsonPropertyName("genres")] List<string>? Genres,
    [property: JsonPropertyName("styles")] List<string>? Styles,
    [property: JsonPropertyName("thumb")] string? Thumb,
    [property: JsonPropertyName("cover_image")] string? CoverImage);

internal sealed record CollectionNoteDto(
    [property: JsonPropertyName("field_id")] int FieldId,
    [property: JsonPropertyName("value")] string? Value);

internal sealed record IdentityDto(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("username")] string? Username);
