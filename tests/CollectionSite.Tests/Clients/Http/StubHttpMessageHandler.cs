using System.Net;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>Answers requests from a script (one function per call, the last one repeating) and records them.</summary>
public sealed class StubHttpMessageHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string body = "{}", Action<HttpResponseMessage>? configure = null) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            configure?.Invoke(response);
            return Task.FromResult(response);
        };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref calls) - 1;
        return script[Math.Min(index, script.Length - 1)](request, cancellationToken);
    }
}
