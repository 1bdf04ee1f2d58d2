using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Discogs.Models;

/// <summary>Source-generated serializers for the Discogs wire models. Numbers sent as strings are accepted.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(CollectionPageDto))]
[JsonSerializable(typeof(IdentityDto))]
[JsonSerializable(typeof(ReleaseDto))]
[JsonSerializable(typeof(MasterDto))]
[JsonSerializable(typeof(ArtistDto))]
[JsonSerializable(typeof(ErrorDto))]
internal sealed partial class DiscogsJsonContext : JsonSerializerContext;
