using System.Net;
using System.Net.Http.Headers;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// Every image host at once, answering every request with one small real JPEG (64×64): pipeline tests that are not
/// about artwork still run the artwork stages, offline, and get covers. Counts the requests.
/// </summary>
public sealed class FixedImageHost : HttpMessageHandler
{
    private static readonly Lazy<byte[]> Jpeg = new(() => File.ReadAllBytes(
        Path.Combine(TestPaths.RepositoryRoot, "tests", "CollectionSite.Tests", "Rendering", "Skeleton", "TestData", "cover.jpg")));

    private int requests;

    public int Requests => Volatile.Read(ref requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Jpeg.Value), RequestMessage = request };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return Task.FromResult(response);
    }
}
