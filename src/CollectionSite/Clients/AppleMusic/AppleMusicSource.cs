using System.Net;
using System.Text.Json;
using CollectionSite.Clients.AppleMusic.Models;
using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>How Apple Music failures read: the signing keys for 401/403, <c>{"errors": [{"title", "detail"}]}</c> bodies.</summary>
internal sealed class AppleMusicSource() : RemoteSource(ServiceName)
{
    /// <summary>The name in messages, exceptions and the policy.</summary>
    public const string ServiceName = "Apple Music";

    public static AppleMusicSource Instance { get; } = new();

    public override RemoteAuthenticationException AuthenticationFailed(HttpStatusCode statusCode, string request) => new AppleMusicAuthenticationException(
        statusCode,
        $"Apple Music refused the developer token ({(int)statusCode} {statusCode}) on {request}. Check AppleMusic:TeamId, AppleMusic:KeyId and "
        + "AppleMusic:PrivateKey (or AppleMusic:PrivateKeyPath): all three must come from one MusicKit key that is not revoked "
        + "(developer.apple.com → Certificates, Identifiers & Profiles → Keys).");

    public override string? ErrorMessage(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, AppleMusicJsonContext.Default.ErrorsDto)?.Errors?.FirstOrDefault() is { } error
                ? error.Detail ?? error.Title
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
