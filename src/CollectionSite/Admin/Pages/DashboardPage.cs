using CollectionSite.Storage.Status;

namespace CollectionSite.Admin.Pages;

/// <summary>The dashboard: the same numbers as `status` (<see cref="StatusQuery"/>), the list filters, the site actions and the backups.</summary>
public static class DashboardPage
{
    public static string Render(StatusReport status, IReadOnlyList<ReleaseRow> rows, Func<string, double> threshold, IReadOnlyList<string> backups, FormToken token, Notice? notice)
    {
        var collection = status.Collection;
        var cards = Html.Join(ReleaseFilters.All.Select(f =>
            Html.Of($"<a class=\"card\" href=\"/releases?filter={f}\"><b>{rows.Count(r => ReleaseFilters.Keeps(f, r, threshold))}</b>{ReleaseFilters.Label(f)}</a>")));
        var body = Html.Of($"""
            <div class="cards"><div class="card"><b>{collection.Releases}</b>releases</div><div class="card"><b>{collection.Copies}</b>copies</div>{cards}</div>
            <section><h2>Stages</h2><table><thead><tr><th>Stage</th><th>Source</th><th>Items</th><th>Done</th><th>Not found</th><th>Pending</th><th>Failed</th><th>Dead letters</th><th>Matched</th><th>No match</th></tr></thead><tbody>
            {Html.Join(status.Stages.Select(Stage))}
            </tbody></table>
            <p>Retry queue: {status.RetryQueue.Count} failed, {status.DeadLetters.Count} dead letter(s). <a href="/retry">Open the retry queue</a>.</p>
            <p>Next build: about {status.NextRun.Estimated:g}.</p></section>
            <section><h2>Site</h2><p>Re-rendering decides what your edits made due (matches, covers) and writes only the pages that changed.</p>
            {Layout.Button("/rerender", token, "Re-render the site")}</section>
            <section><h2>Backups</h2><p>{Layout.Button("/backup", token, "Take a backup now")}</p>
            <ul>{Html.Join(backups.Take(5).Select(b => Html.Of($"<li>{Path.GetFileName(b)}</li>")))}</ul></section>
            """);
        return Layout.Page("Dashboard", body, notice);
    }

    private static Html Stage(StageStatus stage) => Html.Of($"""
        <tr><td>{stage.Name}</td><td>{stage.Source}{(stage.NotConfigured is { } off ? Html.Of($" <span class=\"muted\">(off: {off})</span>") : Html.Empty)}</td>
        <td>{stage.Items}</td><td>{stage.Done}</td><td>{stage.NotFound}</td><td>{stage.Pending}</td><td>{stage.Failed}</td><td>{stage.DeadLetters}</td>
        <td>{(stage.Matches is { } m ? m.Matched.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}</td>
        <td>{(stage.Matches is { } n ? n.NoMatch.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}</td></tr>
        """);
}
