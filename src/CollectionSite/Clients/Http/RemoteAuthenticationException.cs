using System.Net;

namespace CollectionSite.Clients.Http;

/// <summary>
/// 401 or 403: the source refused our credentials, so no request to it can succeed. The message names the setting
/// to fix. Each source may derive its own type (<c>DiscogsAuthenticationException</c>); the family is what callers catch.
/// </summary>
public class RemoteAuthenticationException : FatalRemoteException
{
    public RemoteAuthenticationException()
    {
    }

    public RemoteAuthenticationException(string message)
        : base(message)
    {
    }

    public RemoteAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="sourceName">The API ("Discogs").</param>
    /// <param name="statusCode">401 Unauthorized or 403 Forbidden; null when not known.</param>
    /// <param name="message">One line naming the fix (which setting, where a new credential is made).</param>
    public RemoteAuthenticationException(string sourceName, HttpStatusCode? statusCode, string message, Exception? innerException = null)
        : base(sourceName, message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>401 or 403; null when the thrower did not say.</summary>
    public HttpStatusCode? StatusCode { get; }
}
