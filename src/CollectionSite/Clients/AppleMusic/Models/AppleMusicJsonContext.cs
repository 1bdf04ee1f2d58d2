using System.Text.Json.Serialization;

namespace CollectionSite.Clients.AppleMusic.Models;

/// <summary>Source-generated serializers for the Apple Music wire models.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ResourceListDto))]
[JsonSerializable(typeof(SearchDto))]
[JsonSerializable(typeof(AlbumDto))]
[JsonSerializable(typeof(ErrorsDto))]
internal sealed partial class AppleMusicJsonContext : JsonSerializerContext;
