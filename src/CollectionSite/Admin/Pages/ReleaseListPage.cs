using CollectionSite.Storage;

namespace CollectionSite.Admin.Pages;

/// <summary>The release list: search box, the filters with their counts, one row per release with its state per source.</summary>
public static class ReleaseListPage
{
    /// <param name="rows">Every release (<see cref="AdminCatalog.ReleasesAsync"/>); filtered and searched here.</param>
    public static string Render(IReadOnlyList<ReleaseRow> rows, string? filter, string? query, Func<string, double> threshold, Notice? notice)
    {
        var shown = rows.Where(r => ReleaseFilters.Keeps(filter, r, threshold) && Matches(r, query)).ToList();
        var filters = Html.Join(ReleaseFilters.All.Prepend(string.Empty).Select(f =>
        {
            var label = f.Length == 0 ? "all" : ReleaseFilters.Label(f);
            var count = rows.Count(r => ReleaseFilters.Keeps(f, r, threshold));
            var link = f.Length == 0 ? "/releases" : $"/releases?filter={f}";
            return f == (filter ?? string.Empty) ? Html.Of($"<strong>{label} ({count})</strong> ") : Html.Of($"<a href=\"{link}\">{label} ({count})</a> ");
        }));
        var body = Html.Of($"""
            <form method="get" action="/releases"><input type="search" name="q" value="{query}" placeholder="Title, artist or id" aria-label="Search releases">
            {Layout.Hidden(filter is { Length: > 0 } ? [("filter", filter)] : [])}<button type="submit">Search</button></form>
            <p class="filters">{filters}</p>
            <p class="muted">{shown.Count} release(s) shown.</p>
            <table><thead><tr><th>Release</th><th>Artist</th><th>Apple Music</th><th>Spotify</th><th>Wikipedia</th><th>Cover</th><th>Problems</th></tr></thead><tbody>
            {Html.Join(shown.Select(Row))}
            </tbody></table>
            """);
        return Layout.Page("Releases", body, notice);
    }

    private static Html Row(ReleaseRow row) => Html.Of($"""
        <tr><td><a href="/releases/{row.Id}">{row.Title}</a> <span class="muted">{row.Id}</span>{(row.Partial ? Html.Trusted(" <span class=\"status\">partial</span>") : Html.Empty)}</td>
        <td>{row.Artist}</td><td>{State(row.AppleMusic)}</td><td>{State(row.Spotify)}</td>
        <td>{Html.Join(row.Wikipedia.Select(w => Html.Of($"{Layout.Status(w.Status)} ")))}</td>
        <td>{(row.HasCover ? "yes" : "no")}</td><td>{Problems(row.Failures)}</td></tr>
        """);

    public static Html State(SourceState state) => state.Confidence is { } confidence && state.Status == MatchStatus.Matched
        ? Html.Of($"{Layout.Status(state.Status)} <span class=\"muted\">{state.Method} {confidence:0.00}</span>")
        : Layout.Status(state.Status);

    private static Html Problems(IReadOnlyList<StageFailure> failures) =>
        Html.Join(failures.Select(f => Html.Of($"<span class=\"status {(f.Status == ItemStatus.DeadLetter ? "dead-letter" : "failed")}\" title=\"{f.LastError}\">{f.Stage}</span> ")));

    private static bool Matches(ReleaseRow row, string? query) =>
        string.IsNullOrWhiteSpace(query)
        || row.Title.Contains(query.Trim(), StringComparison.CurrentCultureIgnoreCase)
        || row.Artist.Contains(query.Trim(), StringComparison.CurrentCultureIgnoreCase)
        || row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == query.Trim();
}
