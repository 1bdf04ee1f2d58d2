using System.Net;

namespace CollectionSite.Clients.Http;

/// <summary>
/// A request that failed for this item only, after the handler's retries: an error status, a transport failure or
/// a timeout, HTML or malformed JSON instead of the resource. The stage records <see cref="Exception.Message"/> as
/// the item's last error and goes on. Each source derives its own type (<c>DiscogsApiException</c>).
/// </summary>
public class RemoteApiException : Exception
{
    public RemoteApiException()
    {
    }

    public RemoteApiException(string message)
        : base(message)
    {
    }

    public RemoteApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <param name="sourceName">The API ("Discogs").</param>
    /// <param name="message">One line: the request, what came back, an excerpt of the body.</param>
    /// <param name="statusCode">The final status; null when no answer arrived.</param>
    /// <param name="requestPath">Path and query of the request.</param>
    /// <param name="innerException">The transport or JSON error, when there was one.</param>
    public RemoteApiException(string? sourceName, string message, HttpStatusCode? statusCode, string? requestPath, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = sourceName;
        StatusCode = statusCode;
        RequestPath = requestPath;
    }

    /// <summary>The API that failed ("Discogs"); null when the thrower did not say.</summary>
    public string? SourceName { get; }

    /// <summary>The final status; null when no answer arrived (connection failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Path and query of the failed request (credentials travel in headers, never here).</summary>
    public string? RequestPath { get; }
}
