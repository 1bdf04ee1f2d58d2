using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.Discogs;

/// <summary>401 or 403 from Discogs: no request can succeed, so the run stops with a message naming the fix.</summary>
public sealed class DiscogsAuthenticationException : FatalRemoteException
{
    public DiscogsAuthenticationException()
    {
    }

    public DiscogsAuthenticationException(string message)
        : base(message)
    {
    }

    public DiscogsAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
