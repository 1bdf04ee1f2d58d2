namespace CollectionSite.Tests.Fakes;

/// <summary>
/// The answer the fake is about to write, decided completely before any byte is sent so that the request log is
/// up to date by the time a client sees the response.
/// </summary>
public sealed record FakeDiscogsReply(int Status, string Body, string ContentType = FakeDiscogsReply.Json)
{
    public const string Json = "application/json";
    public const string Html = "text/html; charset=utf-8";

    /// <summary>Extra response headers (Link, WWW-Authenticate, Retry-After...).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Drop the connection instead of answering.</summary>
    public bool AbortConnection { get; init; }

    /// <summary>Declare the whole body's Content-Length, send only this many bytes, then drop the connection.</summary>
    public int? CutOffAfterBytes { get; init; }

    /// <summary>Send the body one byte at a time, this long apart (a slow drip); null: all at once.</summary>
    public TimeSpan? DripInterval { get; init; }

    public static FakeDiscogsReply Message(int status, string message) =>
        new(status, $"{{\"message\": {System.Text.Json.JsonSerializer.Serialize(message)}}}");

    public FakeDiscogsReply WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
