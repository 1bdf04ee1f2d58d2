using System.Text.Json;
using System.Text.Json.Serialization;

namespace CollectionSite.Clients.Wikidata.Models;

// Wire shapes of action=wbgetentities&props=claims|sitelinks (the Wikibase JSON format). The search that finds the
// item (action=query&list=search&srsearch=haswbstatement:...) has the Action API shape of Wikipedia's models.

/// <summary><c>{"entities": {"Q45188": {...}}, "success": 1}</c>, or <c>{"error": {"code", "info"}}</c> with status 200.</summary>
internal sealed record EntitiesDto(
    [property: JsonPropertyName("entities")] Dictionary<string, EntityDto>? Entities,
    [property: JsonPropertyName("error")] Wikipedia.Models.ActionErrorDto? Error);

/// <summary>An item; <c>missing</c> is present (<c>""</c>, or <c>true</c> with formatversion=2) when there is no such item.</summary>
internal sealed record EntityDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("missing")] JsonElement? Missing,
    [property: JsonPropertyName("claims")] Dictionary<string, List<StatementDto>>? Claims,
    [property: JsonPropertyName("sitelinks")] Dictionary<string, SitelinkDto>? Sitelinks);

/// <summary>A statement: <c>rank</c> preferred, normal or deprecated; the value is in <c>mainsnak.datavalue.value</c>.</summary>
internal sealed record StatementDto(
    [property: JsonPropertyName("mainsnak")] SnakDto? MainSnak,
    [property: JsonPropertyName("rank")] string? Rank);

/// <summary><c>snaktype</c> value, somevalue or novalue; only "value" snaks have a <c>datavalue</c>.</summary>
internal sealed record SnakDto(
    [property: JsonPropertyName("snaktype")] string? SnakType,
    [property: JsonPropertyName("datavalue")] DataValueDto? DataValue);

/// <summary>External identifiers are <c>{"value": "471744", "type": "string"}</c>; other types carry objects.</summary>
internal sealed record DataValueDto(
    [property: JsonPropertyName("value")] JsonElement Value,
    [property: JsonPropertyName("type")] string? Type);

internal sealed record SitelinkDto(
    [property: JsonPropertyName("site")] string? Site,
    [property: JsonPropertyName("title")] string? Title);
