using System.Net;
using System.Text;

namespace CollectionSite.Tests.Clients.Http;

/// <summary>One request as the stub saw it: method, absolute URI and every header (request and content) by name.</summary>
public sealed record StubRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers);

/// <summary>Answers requests from a script (one function per call, the last one repeating) and records them.</summary>
public sealed class StubHttpMessageHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
{
    private readonly List<StubRequest> requests = [];
    private readonly Lock gate = new();
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    /// <summary>A copy of the requests received, in order.</summary>
    public IReadOnlyList<StubRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string body = "{}", Action<HttpResponseMessage>? configure = null) =>
        Reply(status, body, "application/json", configure);

    /// <summary>Answers <paramref name="body"/> with <paramref name="mediaType"/> (a recorded payload, an HTML page, a cut-off body).</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Reply(HttpStatusCode status, string body, string mediaType, Action<HttpResponseMessage>? configure = null) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
            configure?.Invoke(response);
            return Task.FromResult(response);
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref calls) - 1;
        lock (gate)
        {
            requests.Add(new StubRequest(
                request.Method,
                request.RequestUri!,
                // As the wire carries them (a User-Agent stays "A/1 (c) B/2", not its parsed products joined by commas).
                request.Headers.NonValidated.Concat(request.Content?.Headers.NonValidated ?? default)
                    .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        }

        var response = await script[Math.Min(index, script.Length - 1)](request, cancellationToken);
        // As a real handler does; Refit reads the request back from the response.
        response.RequestMessage ??= request;
        return response;
    }
}
