using CollectionSite.Storage;

namespace CollectionSite.Admin.Pages;

/// <summary>The retry queue: failed items (tried again on the next run) and dead letters (set aside) with their errors.</summary>
public static class RetryPage
{
    public static string Render(IReadOnlyList<StageFailure> failures, FormToken token, Notice? notice)
    {
        var dead = failures.Where(f => f.Status == ItemStatus.DeadLetter).ToList();
        var failed = failures.Where(f => f.Status == ItemStatus.Failed).ToList();
        var body = Html.Of($"""
            <h2>Dead letters ({dead.Count})</h2>
            <p class="muted">Set aside after repeated failures; not tried again until brought back.</p>
            {(dead.Count == 0 ? Html.Trusted("<p>None.</p>") : Html.Of($"<p>{Layout.Button("/retry", token, "Retry all dead letters")}</p>{Table(dead, token)}"))}
            <h2>Failed, tried again on the next run ({failed.Count})</h2>
            {(failed.Count == 0 ? Html.Trusted("<p>None.</p>") : Table(failed, null))}
            """);
        return Layout.Page("Retry queue", body, notice);
    }

    private static Html Table(IReadOnlyList<StageFailure> rows, FormToken? token) => Html.Of($"""
        <table><thead><tr><th>Stage</th><th>Item</th><th>Failed runs</th><th>Last error</th><th>Last tried (UTC)</th><th></th></tr></thead><tbody>
        {Html.Join(rows.Select(f => Html.Of($"""
            <tr><td>{f.Stage}</td><td><a href="/{f.ItemKind}s/{f.ItemId}">{f.ItemKind} {f.ItemId}</a></td><td>{f.Attempts}</td><td>{f.LastError ?? "unknown error"}</td>
            <td>{f.UpdatedUtc.UtcDateTime:yyyy-MM-dd HH:mm}</td>
            <td>{(token is null ? Html.Empty : Layout.Button("/retry", token, "Retry", ("stage", f.Stage), ("kind", f.ItemKind), ("id", f.ItemId.ToString(System.Globalization.CultureInfo.InvariantCulture))))}</td></tr>
            """)))}
        </tbody></table>
        """);
}
