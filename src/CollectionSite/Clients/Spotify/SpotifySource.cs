using System.Net;
using System.Text.Json;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Spotify.Models;

namespace CollectionSite.Clients.Spotify;

/// <summary>How Spotify Web API failures read: the credentials for 401/403, <c>{"error": {"message"}}</c> bodies.</summary>
internal class SpotifySource() : RemoteSource(ServiceName)
{
    /// <summary>The name in messages, exceptions and the policy.</summary>
    public const string ServiceName = "Spotify";

    public const string CredentialsFix =
        "Check Spotify:ClientId and Spotify:ClientSecret (developer.spotify.com → Dashboard → your app → Settings); resetting the secret there invalidates the old one.";

    public static SpotifySource Instance { get; } = new();

    /// <summary>A 401 here has already survived one token renewal (<see cref="SpotifyAuthorizationHandler"/>).</summary>
    public override RemoteAuthenticationException AuthenticationFailed(HttpStatusCode statusCode, string request) => new SpotifyAuthenticationException(
        statusCode,
        statusCode == HttpStatusCode.Unauthorized
            ? $"Spotify refused a freshly issued access token (401 Unauthorized) on {request}. {CredentialsFix}"
            : $"Spotify refused the app access (403 Forbidden) on {request}. A development-mode app must belong to a Premium account and list its users in the dashboard; {CredentialsFix}");

    public override string? ErrorMessage(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SpotifyJsonContext.Default.ErrorBodyDto)?.Error is { } error ? error.Message ?? error.Description : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The accounts service (token endpoint): a refused client id or secret is fatal for the source.</summary>
internal sealed class SpotifyAccountsSource : SpotifySource
{
    public static new SpotifyAccountsSource Instance { get; } = new();

    public override RemoteAuthenticationException AuthenticationFailed(HttpStatusCode statusCode, string request) =>
        new SpotifyAuthenticationException(statusCode, $"Spotify refused the app's client credentials ({(int)statusCode} {statusCode}) on {request}. {CredentialsFix}");

    public override string? ErrorMessage(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SpotifyJsonContext.Default.TokenErrorDto) is { Error: { } error } dto
                ? dto.Description is null ? error : $"{error}: {dto.Description}"
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
