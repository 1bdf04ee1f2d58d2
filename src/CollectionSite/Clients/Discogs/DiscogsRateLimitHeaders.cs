using System.Globalization;
using CollectionSite.Clients.Http;

namespace CollectionSite.Clients.Discogs;

/// <summary>Reads X-Discogs-Ratelimit, -Used and -Remaining: the server's own count of our IP's window.</summary>
public static class DiscogsRateLimitHeaders
{
    public static ServerBudget? Read(HttpResponseMessage response)
    {
        var limit = Header(response, "X-Discogs-Ratelimit");
        var used = Header(response, "X-Discogs-Ratelimit-Used");
        var remaining = Header(response, "X-Discogs-Ratelimit-Remaining");
        if (used is null && remaining is not null && limit is not null)
        {
            used = limit - remaining;
        }

        return used is null ? null : new ServerBudget(used.Value, limit);
    }

    private static int? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
