using System.Net;
using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>401 or 403 from Apple Music: the developer token was refused, so the source stops with a message naming the keys to fix.</summary>
public sealed class AppleMusicAuthenticationException : RemoteAuthenticationException
{
    public AppleMusicAuthenticationException()
    {
    }

    public AppleMusicAuthenticationException(string message)
        : base(AppleMusicSource.ServiceName, null, message)
    {
    }

    public AppleMusicAuthenticationException(string message, Exception innerException)
        : base(AppleMusicSource.ServiceName, null, message, innerException)
    {
    }

    public AppleMusicAuthenticationException(HttpStatusCode statusCode, string message)
        : base(AppleMusicSource.ServiceName, statusCode, message)
    {
    }
}
