using System.Net;
using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.Discogs;

/// <summary>401 or 403 from Discogs: no request can succeed, so the run stops with a message naming the fix.</summary>
public sealed class DiscogsAuthenticationException : RemoteAuthenticationException
{
    public DiscogsAuthenticationException()
    {
    }

    public DiscogsAuthenticationException(string message)
        : base(DiscogsSource.ServiceName, null, message)
    {
    }

    public DiscogsAuthenticationException(string message, Exception innerException)
        : base(DiscogsSource.ServiceName, null, message, innerException)
    {
    }

    public DiscogsAuthenticationException(HttpStatusCode statusCode, string message)
        : base(DiscogsSource.ServiceName, statusCode, message)
    {
    }
}
