namespace CollectionSite.Admin.Pages;

/// <summary>The artist list: search box and one row per credited artist with its Wikipedia state and image.</summary>
public static class ArtistListPage
{
    public static string Render(IReadOnlyList<ArtistRow> rows, string? query, string? filter, Func<string, double> threshold)
    {
        var shown = rows
            .Where(r => string.IsNullOrWhiteSpace(query) || r.Name.Contains(query.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .Where(r => filter switch
            {
                ReleaseFilters.NoMatch => r.Wikipedia.Status == Storage.MatchStatus.NoMatch,
                ReleaseFilters.LowConfidence => ReleaseFilters.IsLowConfidence(r.Wikipedia, threshold(r.Wikipedia.Source)),
                ReleaseFilters.NoArtwork => !r.HasImage,
                ReleaseFilters.Failed => r.Failures.Any(f => f.Status == Storage.ItemStatus.Failed),
                ReleaseFilters.DeadLetter => r.Failures.Any(f => f.Status == Storage.ItemStatus.DeadLetter),
                _ => true,
            })
            .ToList();
        var filters = Html.Join(new[] { ReleaseFilters.NoMatch, ReleaseFilters.LowConfidence, ReleaseFilters.NoArtwork, ReleaseFilters.Failed, ReleaseFilters.DeadLetter }
            .Select(f => Html.Of($"<a href=\"/artists?filter={f}\">{ReleaseFilters.Label(f)}</a> ")));
        var body = Html.Of($"""
            <form method="get" action="/artists"><input type="search" name="q" value="{query}" placeholder="Artist name" aria-label="Search artists"><button type="submit">Search</button></form>
            <p class="filters"><a href="/artists">all</a> {filters}</p><p class="muted">{shown.Count} artist(s) shown.</p>
            <table><thead><tr><th>Artist</th><th>Wikipedia</th><th>Image</th></tr></thead><tbody>
            {Html.Join(shown.Select(a => Html.Of($"<tr><td><a href=\"/artists/{a.Id}\">{a.Name}</a> <span class=\"muted\">{a.Id}</span></td><td>{ReleaseListPage.State(a.Wikipedia)}</td><td>{(a.HasImage ? "yes" : "no")}</td></tr>")))}
            </tbody></table>
            """);
        return Layout.Page("Artists", body);
    }
}
