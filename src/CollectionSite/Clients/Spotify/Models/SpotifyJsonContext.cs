using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Spotify.Models;

/// <summary>Source-generated serializers for the Spotify wire models.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SearchDto))]
[JsonSerializable(typeof(AlbumDto))]
[JsonSerializable(typeof(ErrorBodyDto))]
[JsonSerializable(typeof(TokenDto))]
[JsonSerializable(typeof(TokenErrorDto))]
internal sealed partial class SpotifyJsonContext : JsonSerializerContext;
