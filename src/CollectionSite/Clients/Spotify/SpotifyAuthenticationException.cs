using System.Net;
using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.Spotify;

/// <summary>Spotify refused the app's credentials (token endpoint) or a fresh token (API): the source stops with a message naming the fix.</summary>
public sealed class SpotifyAuthenticationException : RemoteAuthenticationException
{
    public SpotifyAuthenticationException()
    {
    }

    public SpotifyAuthenticationException(string message)
        : base(SpotifySource.ServiceName, null, message)
    {
    }

    public SpotifyAuthenticationException(string message, Exception innerException)
        : base(SpotifySource.ServiceName, null, message, innerException)
    {
    }

    public SpotifyAuthenticationException(HttpStatusCode statusCode, string message)
        : base(SpotifySource.ServiceName, statusCode, message)
    {
    }
}
