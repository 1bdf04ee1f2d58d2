using System.Text.Json;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// Domain records of the enrichment sources taken from the recorded payloads (Apple's Born to Run, Spotify's
/// "Lyckliga gatan", Wikipedia's Physics summary), with their JSON objects as RawJson, for storage, stage and page tests.
/// </summary>
public static class EnrichmentSamples
{
    public static readonly DateTimeOffset Decided = new(2026, 1, 15, 12, 30, 0, TimeSpan.Zero);

    /// <summary>data[0] of album_310730204_born_to_run_docs.json; editorial notes as the client gives them (Markdown).</summary>
    public static AppleMusicAlbum BornToRun()
    {
        using var document = JsonDocument.Parse(TestPaths.ReadFixture("apple", "album_310730204_born_to_run_docs.json"));
        var album = document.RootElement.GetProperty("data")[0];
        var a = album.GetProperty("attributes");
        var artwork = a.GetProperty("artwork");
        var notes = a.GetProperty("editorialNotes");
        return new AppleMusicAlbum(
            album.GetProperty("id").GetString()!,
            a.GetProperty("name").GetString()!,
            a.GetProperty("artistName").GetString()!,
            a.GetProperty("url").GetString(),
            a.GetProperty("releaseDate").GetString(),
            a.GetProperty("recordLabel").GetString(),
            [.. a.GetProperty("genreNames").EnumerateArray().Select(g => g.GetString()!)],
            a.GetProperty("trackCount").GetInt32(),
            null,
            a.GetProperty("isSingle").GetBoolean(),
            false,
            new AppleMusicArtwork(artwork.GetProperty("url").GetString()!, artwork.GetProperty("width").GetInt32(), artwork.GetProperty("height").GetInt32()),
            new EditorialNotes(notes.GetProperty("short").GetString(), notes.GetProperty("standard").GetString()!.Replace("<i>", "*", StringComparison.Ordinal).Replace("</i>", "*", StringComparison.Ordinal)),
            album.GetRawText());
    }

    /// <summary>albums.items[0] of search_album_gatan_legacy_2014.json (a search result: no UPC, no artists in this old shape).</summary>
    public static SpotifyAlbum LyckligaGatan()
    {
        using var document = JsonDocument.Parse(TestPaths.ReadFixture("spotify", "search_album_gatan_legacy_2014.json"));
        var album = document.RootElement.GetProperty("albums").GetProperty("items")[0];
        return new SpotifyAlbum(
            album.GetProperty("id").GetString()!,
            album.GetProperty("name").GetString()!,
            [],
            album.GetProperty("external_urls").GetProperty("spotify").GetString(),
            album.GetProperty("album_type").GetString()!,
            null,
            null,
            null,
            album.GetRawText());
    }

    /// <summary>summary_physics_standard_2019.json.</summary>
    public static WikipediaArticle Physics()
    {
        var json = TestPaths.ReadFixture("wikipedia", "summary_physics_standard_2019.json");
        using var document = JsonDocument.Parse(json);
        var s = document.RootElement;
        var desktop = s.GetProperty("content_urls").GetProperty("desktop");
        var thumbnail = s.GetProperty("thumbnail");
        return new WikipediaArticle(
            s.GetProperty("titles").GetProperty("canonical").GetString()!.Replace('_', ' '),
            s.GetProperty("type").GetString()!,
            s.GetProperty("description").GetString(),
            s.GetProperty("extract").GetString(),
            desktop.GetProperty("page").GetString()!,
            desktop.GetProperty("revisions").GetString(),
            new WikipediaImage(thumbnail.GetProperty("source").GetString()!, thumbnail.GetProperty("width").GetInt32(), thumbnail.GetProperty("height").GetInt32()),
            s.GetProperty("wikibase_item").GetString(),
            json);
    }

    public static MatchDecision<T> Matched<T>(T match, string method, double confidence, params MatchCandidate[] candidates)
        where T : class => new(MatchState.Matched, method, confidence, candidates, match, Decided);

    public static MatchDecision<T> NoMatch<T>(params MatchCandidate[] candidates)
        where T : class => new(MatchState.NoMatch, null, candidates.Select(c => c.Score).DefaultIfEmpty(0).Max(), candidates, null, Decided);
}
