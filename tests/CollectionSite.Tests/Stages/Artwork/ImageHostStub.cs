using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>
/// Image hosts in one stub handler: answers by absolute URL (404 for anything not served) and records every request,
/// so tests count downloads and read the headers sent. Thread-safe: the artwork stages download in parallel.
/// </summary>
public sealed class ImageHostStub : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Func<HttpRequestMessage, HttpResponseMessage>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(Uri Uri, HttpRequestHeaders Headers)> requests = new();

    public IReadOnlyList<(Uri Uri, HttpRequestHeaders Headers)> Requests => [.. requests];

    public int Count(string url) => requests.Count(r => r.Uri.AbsoluteUri == url);

    /// <summary>Serves <paramref name="body"/> at <paramref name="url"/> with the given media type (never trusted) and an ETag.</summary>
    public void Serve(string url, byte[] body, string mediaType = "image/jpeg", string? etag = null) =>
        routes[url] = request => request.Headers.IfNoneMatch.Any(tag => tag.Tag == etag)
            ? new HttpResponseMessage(HttpStatusCode.NotModified)
            : Ok(body, mediaType, etag);

    public void ServeFile(string url, string path, string mediaType = "image/jpeg", string? etag = null) => Serve(url, File.ReadAllBytes(path), mediaType, etag);

    /// <summary>Answers <paramref name="url"/> with whatever <paramref name="respond"/> builds.</summary>
    public void Route(string url, Func<HttpRequestMessage, HttpResponseMessage> respond) => routes[url] = respond;

    /// <summary>A 302 to <paramref name="location"/>, written into the header as a server sends it (relative or absolute).</summary>
    public void Redirect(string url, string location) =>
        routes[url] = _ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.TryAddWithoutValidation("Location", location);
            return response;
        };

    public static HttpResponseMessage Ok(byte[] body, string mediaType = "image/jpeg", string? etag = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (etag is not null)
        {
            response.Headers.ETag = new EntityTagHeaderValue(etag);
        }

        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Enqueue((request.RequestUri!, request.Headers));
        var response = routes.TryGetValue(request.RequestUri!.AbsoluteUri, out var respond)
            ? respond(request)
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("not here") };
        response.RequestMessage ??= request;
        return Task.FromResult(response);
    }
}
