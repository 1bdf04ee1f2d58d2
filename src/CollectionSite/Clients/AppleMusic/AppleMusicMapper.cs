using System.Text.Json;
using CollectionSite.Clients.AppleMusic.Models;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>Album resources to <see cref="AppleMusicAlbum"/>, once, at the client boundary; each keeps its JSON text as received.</summary>
internal static class AppleMusicMapper
{
    /// <summary>The albums among <paramref name="resources"/>, in Apple's order; other resource types and items without an id are skipped.</summary>
    public static List<AppleMusicAlbum> ToDomain(IEnumerable<JsonElement>? resources) =>
        (resources ?? []).Where(r => r.ValueKind == JsonValueKind.Object).Select(ToDomain).OfType<AppleMusicAlbum>().ToList();

    private static AppleMusicAlbum? ToDomain(JsonElement resource)
    {
        var dto = resource.Deserialize(AppleMusicJsonContext.Default.AlbumDto);
        if (dto is not { Id: { Length: > 0 } id } || dto.Type is not (null or "albums"))
        {
            return null;
        }

        var attributes = dto.Attributes;
        return new AppleMusicAlbum(
            id,
            attributes?.Name ?? string.Empty,
            attributes?.ArtistName ?? string.Empty,
            Text(attributes?.Url),
            Text(attributes?.ReleaseDate),
            Text(attributes?.RecordLabel),
            (attributes?.GenreNames ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).ToList(),
            attributes?.TrackCount,
            Text(attributes?.Upc),
            attributes?.IsSingle ?? false,
            attributes?.IsCompilation ?? false,
            Artwork(attributes?.Artwork),
            Notes(attributes?.EditorialNotes),
            resource.GetRawText());
    }

    private static AppleMusicArtwork? Artwork(ArtworkDto? artwork) =>
        artwork is { Url: { Length: > 0 } url, Width: > 0 and var width, Height: > 0 and var height }
            ? new AppleMusicArtwork(url, width, height)
            : null;

    private static EditorialNotes? Notes(EditorialNotesDto? notes)
    {
        var brief = EditorialNotesMarkdown.ToMarkdown(notes?.Brief);
        var standard = EditorialNotesMarkdown.ToMarkdown(notes?.Standard);
        return brief is null && standard is null ? null : new EditorialNotes(brief, standard);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
