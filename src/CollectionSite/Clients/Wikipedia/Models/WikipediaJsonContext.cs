using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Wikipedia.Models;

/// <summary>Source-generated serializers for the Wikipedia wire models.</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SummaryDto))]
[JsonSerializable(typeof(ActionSearchDto))]
[JsonSerializable(typeof(ProblemDto))]
internal sealed partial class WikipediaJsonContext : JsonSerializerContext;
