using System.Globalization;
using System.Text.Json;
using CollectionSite.Clients.Spotify.Models;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Clients.Spotify;

/// <summary>Album objects to <see cref="SpotifyAlbum"/>, once, at the client boundary; each keeps its JSON text as received.</summary>
internal static class SpotifyMapper
{
    /// <summary>Search items in Spotify's order; null items (Spotify has sent them) and items without an id are skipped.</summary>
    public static List<SpotifyAlbum> ToDomain(IEnumerable<JsonElement>? items) =>
        (items ?? []).Where(i => i.ValueKind == JsonValueKind.Object)
            .Select(i => ToDomain(i.Deserialize(SpotifyJsonContext.Default.AlbumDto), i.GetRawText()))
            .OfType<SpotifyAlbum>()
            .ToList();

    public static SpotifyAlbum? ToDomain(AlbumDto? dto, string rawJson) => dto is { Id: { Length: > 0 } id }
        ? new SpotifyAlbum(
            id,
            dto.Name ?? string.Empty,
            (dto.Artists ?? []).Select(a => a.Name).OfType<string>().Where(n => n.Length > 0).ToList(),
            Text(dto.ExternalUrls?.Spotify),
            Text(dto.AlbumType)?.ToLowerInvariant() ?? "album",
            ReleaseDate(dto.ReleaseDate),
            dto.TotalTracks ?? dto.Tracks?.Total,
            Text(dto.ExternalIds?.Upc),
            rawJson)
        : null;

    /// <summary>"1983-10-14" as given; the 2014 object form becomes the same text, as precise as it is.</summary>
    private static string? ReleaseDate(JsonElement? date) => date switch
    {
        { ValueKind: JsonValueKind.String } text => Text(text.GetString()),
        { ValueKind: JsonValueKind.Object } parts when Part(parts, "year") is { } year => string.Join('-', new[]
        {
            year.ToString("D4", CultureInfo.InvariantCulture),
            Part(parts, "month")?.ToString("D2", CultureInfo.InvariantCulture),
            Part(parts, "month") is null ? null : Part(parts, "day")?.ToString("D2", CultureInfo.InvariantCulture),
        }.OfType<string>()),
        _ => null,
    };

    private static int? Part(JsonElement date, string name) =>
        date.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number > 0 ? number : null;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
