using System.Net;
using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.Discogs;

/// <summary>A Discogs request that failed for this item (after retries): recorded as the item's error, the run goes on.</summary>
public class DiscogsApiException : RemoteApiException
{
    public DiscogsApiException()
    {
    }

    public DiscogsApiException(string message)
        : base(DiscogsSource.ServiceName, message, null, null)
    {
    }

    public DiscogsApiException(string message, Exception innerException)
        : base(DiscogsSource.ServiceName, message, null, null, innerException)
    {
    }

    public DiscogsApiException(string message, HttpStatusCode? statusCode, string requestPath, Exception? innerException = null)
        : base(DiscogsSource.ServiceName, message, statusCode, requestPath, innerException)
    {
    }
}

/// <summary>A collection page past the last one (404): the collection shrank while it was being listed.</summary>
public sealed class CollectionPageMissingException : DiscogsApiException
{
    public CollectionPageMissingException()
    {
    }

    public CollectionPageMissingException(string message)
        : base(message)
    {
    }

    public CollectionPageMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CollectionPageMissingException(string message, string requestPath)
        : base(message, HttpStatusCode.NotFound, requestPath)
    {
    }
}
