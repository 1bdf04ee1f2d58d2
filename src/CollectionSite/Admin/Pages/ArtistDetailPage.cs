using CollectionSite.Corrections;
using CollectionSite.Storage;

namespace CollectionSite.Admin.Pages;

/// <summary>One artist: its Wikipedia panel and its image.</summary>
public static class ArtistDetailPage
{
    public static string Render(ArtistRow row, SourceSection wikipedia, EnrichmentOverride? artwork, FormToken token, Notice? notice)
    {
        var body = Html.Of($"""
            <p>Discogs artist <a href="https://www.discogs.com/artist/{row.Id}" rel="noreferrer">{row.Id}</a></p>
            <p>{Layout.Button("/rerender", token, "Re-render the site")}</p>
            {SourcePanels.Source(wikipedia, token)}
            {SourcePanels.Artwork(new OverrideTarget(ItemKinds.Artist, row.Id), artwork, row.HasImage, token)}
            """);
        return Layout.Page(row.Name, body, notice);
    }
}
