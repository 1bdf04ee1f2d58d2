using System.Net;

namespace CollectionSite.Clients.Http;

/// <summary>
/// What <see cref="ApiResponses"/> needs to know about one API to word its failures: its name, the message that
/// names the fix for refused credentials, its own exception types and where its error bodies keep their text.
/// One small subclass per API (see <c>DiscogsSource</c>).
/// </summary>
/// <param name="name">Shown in messages and carried by the exceptions ("Discogs").</param>
public abstract class RemoteSource(string name)
{
    public string Name { get; } = name;

    /// <summary>For 401/403: a fatal exception whose one-line message names the setting to fix.</summary>
    /// <param name="statusCode">401 Unauthorized or 403 Forbidden.</param>
    /// <param name="request">"GET /path?query", for the message.</param>
    public abstract RemoteAuthenticationException AuthenticationFailed(HttpStatusCode statusCode, string request);

    /// <summary>For every other unusable answer: the exception recorded as the item's error.</summary>
    public virtual RemoteApiException Failed(string message, HttpStatusCode? statusCode, string requestPath, Exception? innerException = null) =>
        new(Name, message, statusCode, requestPath, innerException);

    /// <summary>The human text inside an error body (Discogs: <c>{"message": ...}</c>); null to show the body itself.</summary>
    public virtual string? ErrorMessage(string body) => null;
}
