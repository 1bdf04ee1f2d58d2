using System.Net;
using System.Text.Json.Serialization;
using CollectionSite.Clients.Http;
using Refit;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>A test-only API, shaped like the real ones: a Refit interface over wire DTOs, a JSON context, a source.</summary>
internal interface ICatalogApi
{
    [Get("/items/{id}")]
    Task<IApiResponse<CatalogItem>> GetItemAsync(long id, CancellationToken cancellationToken);
}

internal sealed record CatalogItem(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("title")] string? Title);

[JsonSerializable(typeof(CatalogItem))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;

internal sealed class CatalogSource() : RemoteSource("Catalog")
{
    public static CatalogSource Instance { get; } = new();

    public override RemoteAuthenticationException AuthenticationFailed(HttpStatusCode statusCode, string request) =>
        new(Name, statusCode, $"Catalog refused the key ({(int)statusCode}) on {request}. Check Catalog:Key.");
}
