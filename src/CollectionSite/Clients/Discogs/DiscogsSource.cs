using System.Net;
using System.Text.Json;
using CollectionSite.Clients.Discogs.Models;
using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.Discogs;

/// <summary>How Discogs failures read: the token's fixes for 401/403, Discogs' exception types, <c>{"message": ...}</c> bodies.</summary>
internal sealed class DiscogsSource() : RemoteSource(ServiceName)
{
    /// <summary>The name in messages, exceptions and the policy: "Discogs".</summary>
    public const string ServiceName = "Discogs";

    public static DiscogsSource Instance { get; } = new();

    public override RemoteAuthenticationException AuthenticationFailed(HttpStatusCode statusCode, string request) => new DiscogsAuthenticationException(
        statusCode,
        statusCode == HttpStatusCode.Unauthorized
            ? $"Discogs rejected the token (401 Unauthorized) on {request}. Check Discogs:Token (secrets.json or COLLECTIONSITE_Discogs__Token); a new token can be made at https://www.discogs.com/settings/developers."
            : $"Discogs refused access (403 Forbidden) on {request}. The token must belong to the collection's owner (Discogs:Username) or the collection must be public.");

    public override RemoteApiException Failed(string message, HttpStatusCode? statusCode, string requestPath, Exception? innerException = null) =>
        new DiscogsApiException(message, statusCode, requestPath, innerException);

    public override string? ErrorMessage(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscogsJsonContext.Default.ErrorDto)?.Message;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
