using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace CollectionSite.Tests.Fakes;

/// <summary>The resources: the real API paths, pagination exactly as in the recorded pages, the real 401/404 bodies.</summary>
public sealed partial class FakeDiscogsServer
{
    public const int DocumentedMaxPerPage = 100;
    public const int DefaultPerPage = 50;

    private FakeDiscogsReply Route(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(request.Method))
        {
            // [unverified] Discogs' body for a wrong method; the client only sends GET.
            return FakeDiscogsReply.Message(405, "Method not allowed.");
        }

        if (path == "/oauth/identity")
        {
            return new FakeDiscogsReply(200, Data.IdentityJson);
        }

        if (CollectionPattern().Match(path) is { Success: true } listing)
        {
            return CollectionPage(request, listing.Groups["user"].Value, listing.Groups["folder"].Value);
        }

        if (ResourcePattern().Match(path) is { Success: true } resource && long.TryParse(resource.Groups["id"].Value, CultureInfo.InvariantCulture, out var id))
        {
            return resource.Groups["kind"].Value switch
            {
                "releases" => Found(Data.Release(id), Fixtures.ReleaseNotFound),
                "masters" => Found(Data.Master(id), Fixtures.MasterNotFound),
                _ => Found(Data.Artist(id), Fixtures.ArtistNotFound),
            };
        }

        // [unverified] Discogs' body for an unknown URL.
        return FakeDiscogsReply.Message(404, "The requested resource was not found.");
    }

    private static FakeDiscogsReply Found(string? body, string notFound) =>
        body is null ? new FakeDiscogsReply(404, notFound) : new FakeDiscogsReply(200, body);

    private FakeDiscogsReply CollectionPage(HttpRequest request, string user, string folder)
    {
        if (!string.Equals(user, Data.Username, StringComparison.OrdinalIgnoreCase))
        {
            // [unverified] wording of Discogs' unknown-user answer.
            return FakeDiscogsReply.Message(404, "User does not exist or may have been deleted.");
        }

        if (folder != "0")
        {
            // Only folder 0 ("All") is modelled; the client lists nothing else.
            return FakeDiscogsReply.Message(404, "Folder not found.");
        }

        var perPage = Math.Clamp(IntParameter(request, "per_page") ?? DefaultPerPage, 1, Options.MaxPerPage);
        var page = Math.Max(1, IntParameter(request, "page") ?? 1);
        var items = Data.CollectionSnapshot();
        var pages = Math.Max(1, (items.Count + perPage - 1) / perPage);
        if (page > pages && Options.OutOfRangePage == FakeDiscogsOutOfRangePage.NotFound)
        {
            // [unverified] Discogs' answer past the last page; EmptyPage is the other plausible behaviour.
            return FakeDiscogsReply.Message(404, "Page not found.");
        }

        var urls = PageUrls(request, user, page, pages, perPage);
        var pagination = new JsonObject
        {
            ["per_page"] = perPage,
            ["items"] = items.Count,
            ["page"] = page,
            ["urls"] = new JsonObject(urls.Select(u => KeyValuePair.Create(u.Rel, (JsonNode?)JsonValue.Create(u.Url)))),
            ["pages"] = pages,
        };
        var body = new StringBuilder("{\"pagination\": ").Append(pagination.ToJsonString()).Append(", \"releases\": [");
        body.AppendJoin(", ", items.Skip((page - 1) * perPage).Take(perPage)).Append("]}");
        var reply = new FakeDiscogsReply(200, body.ToString());
        return urls.Count == 0 ? reply : reply.WithHeader("Link", string.Join(", ", urls.Select(u => $"<{u.Url}>; rel=\"{u.Rel}\"")));
    }

    /// <summary>
    /// Keys as Discogs sends them: absent when not applicable (<c>{}</c> on a single page, no <c>next</c> on the last).
    /// The URLs point at this server so that a client following them stays here.
    /// </summary>
    private List<(string Rel, string Url)> PageUrls(HttpRequest request, string user, int page, int pages, int perPage)
    {
        var sort = request.Query["sort"].ToString();
        var order = request.Query["sort_order"].ToString();
        var sorting = sort.Length == 0 ? string.Empty : $"sort={sort}&" + (order.Length == 0 ? string.Empty : $"sort_order={order}&");
        string Url(int p) => string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/users/{user}/collection/folders/0/releases?{sorting}per_page={perPage}&page={p}");
        var urls = new List<(string, string)>();
        if (page > 1)
        {
            urls.Add(("first", Url(1)));
            urls.Add(("prev", Url(Math.Min(page - 1, pages))));
        }

        if (page < pages)
        {
            urls.Add(("next", Url(page + 1)));
            urls.Add(("last", Url(pages)));
        }

        return urls;
    }

    private static int? IntParameter(HttpRequest request, string name) =>
        int.TryParse(request.Query[name].ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex("^/users/(?<user>[^/]+)/collection/folders/(?<folder>[0-9]+)/releases$")]
    private static partial Regex CollectionPattern();

    [GeneratedRegex("^/(?<kind>releases|masters|artists)/(?<id>[0-9]+)$")]
    private static partial Regex ResourcePattern();

    /// <summary>The real error bodies, byte for byte.</summary>
    private static class Fixtures
    {
        public static readonly string Unauthorized = TestPaths.ReadFixture("discogs", "error_401_must_authenticate.json");
        public static readonly string ReleaseNotFound = TestPaths.ReadFixture("discogs", "error_404_release_not_found.json");
        public static readonly string MasterNotFound = TestPaths.ReadFixture("discogs", "error_404_master_not_found.json");
        public static readonly string ArtistNotFound = TestPaths.ReadFixture("discogs", "error_404_artist_not_found.json");
    }
}
