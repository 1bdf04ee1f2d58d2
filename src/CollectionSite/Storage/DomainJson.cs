using System.Text.Json.Serialization;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Storage;

/// <summary>How domain records are stored in model_json columns: source-generated, stable property order.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(Release))]
[JsonSerializable(typeof(Master))]
[JsonSerializable(typeof(Artist))]
[JsonSerializable(typeof(IReadOnlyList<CollectionNote>))]
[JsonSerializable(typeof(ListedRelease))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(AppleMusicAlbum))]
[JsonSerializable(typeof(SpotifyAlbum))]
[JsonSerializable(typeof(WikipediaArticle))]
[JsonSerializable(typeof(List<MatchCandidate>))]
internal sealed partial class DomainJson : JsonSerializerContext;
