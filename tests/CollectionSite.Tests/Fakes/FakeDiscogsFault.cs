using System.Text.Json.Nodes;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// Something going wrong on one request. A fault either answers in place of the resource (status bursts, HTML
/// pages, dropped connections, verbatim bodies), holds the request first (delays), or changes the resource's
/// answer (truncated JSON, short or empty collection pages, data that changes once the page has been built).
/// </summary>
public abstract class FakeDiscogsFault
{
    private FakeDiscogsFault(string name) => Name = name;

    public string Name { get; }

    /// <summary>An error status with a Discogs-like JSON body (documented 500 text for 500).</summary>
    public static FakeDiscogsFault Status(int status, string? message = null) =>
        new Answer($"status {status}", FakeDiscogsReply.Message(status, message ?? DefaultMessage(status)));

    /// <summary>An nginx-style HTML error page (a proxy in front of the API); with 200 it is the "HTML instead of JSON" case.</summary>
    public static FakeDiscogsFault HtmlPage(int status = 200) =>
        new Answer($"html {status}", new FakeDiscogsReply(status, NginxPage(status), FakeDiscogsReply.Html));

    /// <summary>Answers exactly this body, for example a recorded fixture.</summary>
    public static FakeDiscogsFault Reply(int status, string body, string contentType = FakeDiscogsReply.Json) =>
        new Answer($"reply {status}", new FakeDiscogsReply(status, body, contentType));

    /// <summary>Drops the connection without an answer (HttpContext.Abort).</summary>
    public static FakeDiscogsFault Abort() =>
        new Answer("abort", new FakeDiscogsReply(0, string.Empty) { AbortConnection = true });

    /// <summary>429 as Discogs sends it, with <c>Retry-After</c> in whole seconds when <paramref name="retryAfter"/> is given.</summary>
    public static FakeDiscogsFault RateLimited(TimeSpan? retryAfter = null)
    {
        var reply = FakeDiscogsReply.Message(429, DefaultMessage(429));
        return retryAfter is { } wait
            ? new Answer($"429 retry-after {wait.TotalSeconds:0}", reply.WithHeader("Retry-After", ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            : new Answer("429", reply);
    }

    /// <summary>200 with the real body's full Content-Length, but the connection drops after <paramref name="bytes"/> bytes.</summary>
    public static FakeDiscogsFault CutOff(int bytes = 64) =>
        new Change("cut off", (reply, _) => reply with { CutOffAfterBytes = bytes });

    /// <summary>The real answer, one byte every <paramref name="interval"/>: a body that takes far longer than any timeout.</summary>
    public static FakeDiscogsFault Drip(TimeSpan interval) =>
        new Change("drip", (reply, _) => reply with { DripInterval = interval }, waits: true);

    /// <summary>Holds the request, then serves it normally; gives up when the client does.</summary>
    public static FakeDiscogsFault Delay(TimeSpan delay) => new Hold(delay);

    /// <summary>200 with the first part of the real body only: malformed JSON.</summary>
    public static FakeDiscogsFault TruncatedJson() =>
        new Change("truncated json", (reply, _) => reply with { Body = reply.Body[..(reply.Body.Length / 2)] });

    /// <summary>Serves a collection page with its last <paramref name="drop"/> items missing, totals unchanged.</summary>
    public static FakeDiscogsFault ShortPage(int drop) =>
        new Change($"short page -{drop}", (reply, _) => DropItems(reply, drop));

    /// <summary>Serves a collection page with no items, totals unchanged.</summary>
    public static FakeDiscogsFault EmptyPage() =>
        new Change("empty page", (reply, _) => DropItems(reply, int.MaxValue));

    /// <summary>Serves the request normally, then changes the data before the answer leaves (so the next request sees it).</summary>
    public static FakeDiscogsFault ChangeDataAfter(Action<FakeDiscogsData> change) =>
        new Change("data changed", (reply, data) =>
        {
            change(data);
            return reply;
        });

    /// <summary>Runs before routing; a non-null answer replaces the resource.</summary>
    /// <summary>Whether the fault keeps its request waiting by design (a delay, a drip), so a driven clock may run meanwhile.</summary>
    internal virtual bool Waits => false;

    internal virtual Task<FakeDiscogsReply?> BeforeAsync(CancellationToken cancellationToken) => Task.FromResult<FakeDiscogsReply?>(null);

    /// <summary>Runs on the resource's answer.</summary>
    internal virtual FakeDiscogsReply After(FakeDiscogsReply reply, FakeDiscogsData data) => reply;

    private static string DefaultMessage(int status) => status switch
    {
        500 => "Query time exceeded. Please try a simpler query.",
        429 => "You are making requests too quickly.",
        _ => "Service temporarily unavailable.",
    };

    private static string NginxPage(int status)
    {
        var title = $"{status} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}";
        return $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    }

    private static FakeDiscogsReply DropItems(FakeDiscogsReply reply, int drop)
    {
        if (reply.Status != 200 || JsonNode.Parse(reply.Body) is not JsonObject page || page["releases"] is not JsonArray items)
        {
            return reply;
        }

        for (var i = 0; i < drop && items.Count > 0; i++)
        {
            items.RemoveAt(items.Count - 1);
        }

        return reply with { Body = page.ToJsonString() };
    }

    private sealed class Answer(string name, FakeDiscogsReply reply) : FakeDiscogsFault(name)
    {
        internal override Task<FakeDiscogsReply?> BeforeAsync(CancellationToken cancellationToken) => Task.FromResult<FakeDiscogsReply?>(reply);
    }

    private sealed class Hold(TimeSpan delay) : FakeDiscogsFault($"delay {delay.TotalMilliseconds} ms")
    {
        internal override bool Waits => true;

        internal override async Task<FakeDiscogsReply?> BeforeAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return null;
        }
    }

    private sealed class Change(string name, Func<FakeDiscogsReply, FakeDiscogsData, FakeDiscogsReply> change, bool waits = false) : FakeDiscogsFault(name)
    {
        internal override bool Waits => waits;

        internal override FakeDiscogsReply After(FakeDiscogsReply reply, FakeDiscogsData data) => change(reply, data);
    }
}
