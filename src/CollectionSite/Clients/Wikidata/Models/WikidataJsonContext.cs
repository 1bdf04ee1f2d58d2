using System.Text.Json.Serialization;
using CollectionSite.Clients.Wikipedia.Models;

namespace CollectionSite.Clients.Wikidata.Models;

/// <summary>Source-generated serializers for the Wikidata wire models (and the Action API search shared with Wikipedia).</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(EntitiesDto))]
[JsonSerializable(typeof(ActionSearchDto))]
internal sealed partial class WikidataJsonContext : JsonSerializerContext;
