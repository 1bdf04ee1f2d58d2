using CollectionSite.Corrections;
using CollectionSite.Storage;

namespace CollectionSite.Admin.Pages;

/// <summary>
/// The panels of a release or artist page: one per matching source (what `match show` prints, the candidates to pick
/// from, and the override forms) and one for the artwork (upload, link, clear, re-queue).
/// </summary>
public static class SourcePanels
{
    public static Html Source(SourceSection source, FormToken token)
    {
        var target = source.Target;
        var action = OverridePath(target, source.Source);
        var version = ("version", OverrideVersion.Of(source.Section.Override));
        var candidates = source.Section.Decision?.Candidates ?? [];
        var pickList = candidates.Count == 0 ? Html.Empty : Html.Of($"""
            <table><thead><tr><th>Score</th><th>Candidate</th><th>Artist</th><th></th></tr></thead><tbody>
            {Html.Join(candidates.Select(c => Html.Of($"<tr><td>{c.Score:0.00}</td><td>{c.Title} <span class=\"muted\">{c.Id}</span></td><td>{c.Artist}</td><td>{Layout.Button(action, token, "Pin this", ("action", "pin"), ("value", c.Id), version)}</td></tr>")))}
            </tbody></table>
            """);
        var what = source.Source == EnrichmentSources.Wikipedia ? "Article title or link" : "Album id or link";
        return Html.Of($"""
            <section data-source="{source.Source}"><h2>{source.Section.Heading} {Layout.Status(source.Status)}</h2>
            <ul>{Html.Join(MatchReport.Lines(source.Section).Skip(1).Where(l => !l.StartsWith("    ", StringComparison.Ordinal) && !l.Contains("candidates (", StringComparison.Ordinal)).Select(l => Html.Of($"<li>{l.Trim()}</li>")))}</ul>
            {pickList}
            {Layout.Form(action, token, Html.Of($"{Layout.Hidden(("action", "pin"), version)}<label>{what} <input type=\"text\" name=\"value\" required></label> "), "Pin")}
            {Layout.Form(action, token, Html.Of($"{Layout.Hidden(("action", "search"), version)}<label>Search term <input type=\"text\" name=\"value\" required></label> "), "Set search term")}
            <p>{Layout.Button(action, token, "No match wanted", ("action", "none"), version)}
            {(source.Section.Override is null ? Html.Empty : Layout.Button(action, token, "Clear override", ("action", "clear"), version))}
            {Layout.Button(RequeuePath(target, source.Source), token, "Re-queue (decide again next run)")}</p>
            </section>
            """);
    }

    public static Html Artwork(OverrideTarget target, EnrichmentOverride? current, bool hasImage, FormToken token)
    {
        var version = ("version", OverrideVersion.Of(current));
        var path = OverridePath(target, EnrichmentSources.Artwork);
        var now = current is null ? "none (sources in the Artwork settings' order)" : OverrideText.Describe(current.Kind, current.Value);
        return Html.Of($"""
            <section data-source="artwork"><h2>Artwork</h2>
            <p>Image on the site: {(hasImage ? "yes" : "none yet")}. Override: {now}</p>
            {Layout.Form(CoverPath(target), token, Html.Of($"{Layout.Hidden(version)}<label>Upload an image (JPEG, PNG, WebP, GIF or TIFF, at most 20 MB) <input type=\"file\" name=\"file\" accept=\"image/*\" required></label> "), "Upload", multipart: true)}
            {Layout.Form(path, token, Html.Of($"{Layout.Hidden(("action", "image-url"), version)}<label>Image URL <input type=\"url\" name=\"value\" required></label> "), "Link image")}
            <p>{(current is null ? Html.Empty : Layout.Button(path, token, "Clear artwork override", ("action", "clear"), version))}
            {Layout.Button(RequeuePath(target, EnrichmentSources.Artwork), token, "Re-queue artwork")}</p>
            </section>
            """);
    }

    public static string ItemPath(OverrideTarget target) => $"/{target.ItemKind}s/{target.ItemId}";

    public static string OverridePath(OverrideTarget target, string source) => $"{ItemPath(target)}/override/{source}";

    public static string CoverPath(OverrideTarget target) => $"{ItemPath(target)}/cover";

    public static string RequeuePath(OverrideTarget target, string source) => $"{ItemPath(target)}/requeue/{source}";
}
