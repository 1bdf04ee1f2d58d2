using System.Net.Http.Headers;

namespace CollectionSite.Clients.Http;

/// <summary>Reads Retry-After in either form (seconds or an HTTP date).</summary>
public static class RetryAfter
{
    public static TimeSpan? From(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
