using CollectionSite.Corrections;
using CollectionSite.Storage;

namespace CollectionSite.Admin.Pages;

/// <summary>Everything the release page shows: the row, the Discogs data, each source's section, the overrides.</summary>
/// <param name="Row">The release's list row (title, artist, states); the page of a release not in the lists is not found.</param>
public sealed record ReleaseDetail(
    ReleaseRow Row, SkippedRelease? Skip, IReadOnlyList<SourceSection> Sections, EnrichmentOverride? Artwork, DisplayOverride? Display, string? PagePath);

/// <summary>One release: display fields, skip, re-render, then a panel per source and the artwork.</summary>
public static class ReleaseDetailPage
{
    public static string Render(ReleaseDetail detail, FormToken token, Notice? notice)
    {
        var row = detail.Row;
        var target = new OverrideTarget(ItemKinds.Release, row.Id);
        var display = detail.Display;
        var skip = row.Skipped
            ? Layout.Button($"/releases/{row.Id}/skip", token, "Unskip (publish again)", ("skip", "false"), ("version", SkipVersion.Of(detail.Skip)))
            : Layout.Form($"/releases/{row.Id}/skip", token, Html.Of($"{Layout.Hidden(("skip", "true"), ("version", SkipVersion.Of(detail.Skip)))}<label>Reason <input type=\"text\" name=\"reason\" maxlength=\"{DisplayOverride.MaxLineLength}\"></label> "), "Skip this release");
        var body = Html.Of($"""
            <p><strong>{row.Title}</strong> – {row.Artist} · Discogs release <a href="https://www.discogs.com/release/{row.Id}" rel="noreferrer">{row.Id}</a>
            {(row.Partial ? Html.Trusted(" · <span class=\"status\">partial: no release details stored</span>") : Html.Empty)}
            {(row.Skipped ? Html.Of($" · <span class=\"status skipped\">skipped</span> {detail.Skip?.Reason}") : Html.Empty)}</p>
            <p>Site page: {detail.PagePath ?? "not rendered"}</p>
            <p>{Layout.Button("/rerender", token, "Re-render this album", ("release", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))}</p>
            <section><h2>Display fields</h2><p class="muted">Shown on the album page instead of Discogs' values; leave blank to keep Discogs'.</p>
            {Layout.Form($"/releases/{row.Id}/display", token, Html.Of($"""
                {Layout.Hidden(("version", (display?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)))}
                <p><label>Album title <input type="text" name="title" maxlength="{DisplayOverride.MaxLineLength}" value="{display?.Title}"></label></p>
                <p><label>Artist <input type="text" name="artist" maxlength="{DisplayOverride.MaxLineLength}" value="{display?.Artist}"></label></p>
                <p><label>Notes <textarea name="notes" maxlength="{DisplayOverride.MaxNotesLength}">{display?.Notes}</textarea></label></p>
                """), "Save display fields")}</section>
            <section><h2>Skip</h2>{skip}</section>
            {Html.Join(detail.Sections.Select(s => SourcePanels.Source(s, token)))}
            {SourcePanels.Artwork(target, detail.Artwork, row.HasCover, token)}
            """);
        return Layout.Page(display?.Title ?? row.Title, body, notice);
    }
}
