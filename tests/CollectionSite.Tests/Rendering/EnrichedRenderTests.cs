using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

/// <summary>RenderSite reads the stored enrichment: matches reach the pages, other decisions leave no trace, and a new decision moves lastmod.</summary>
public sealed class EnrichedRenderTests
{
    private RenderHarness harness = null!;

    [SetUp]
    public async Task SetUp()
    {
        harness = new RenderHarness("enriched-render");
        await harness.AddReleaseAsync(InMemoryDiscogsApi.SampleRelease(100));
        await harness.AddReleaseAsync(InMemoryDiscogsApi.SampleRelease(200));
        await harness.AddArtistAsync(InMemoryDiscogsApi.SampleArtist(1000));
        await harness.SetCollectionAsync(DiscogsFixtures.Copy(1, 100, RenderHarness.Fetched), DiscogsFixtures.Copy(2, 200, RenderHarness.Fetched));
    }

    [TearDown]
    public void TearDown()
    {
        harness.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Test]
    public async Task Render_MatchedAndSkipped_OnlyTheMatchReachesThePage()
    {
        await harness.Get<MatchRepository<AppleMusicAlbum>>().SaveAsync(100, EnrichmentSamples.Matched(EnrichmentSamples.BornToRun(), "crossref", 1), CancellationToken.None);
        await harness.Get<MatchRepository<SpotifyAlbum>>().SaveAsync(
            100, new MatchDecision<SpotifyAlbum>(MatchState.Skipped, "manual", 1, [], null, EnrichmentSamples.Decided), CancellationToken.None);
        await harness.Get<MatchRepository<AppleMusicAlbum>>().SaveAsync(200, EnrichmentSamples.NoMatch<AppleMusicAlbum>(), CancellationToken.None);

        await harness.RenderAsync();

        var matched = Page("albums", 100);
        var unmatched = Page("albums", 200);
        Assert.Multiple(() =>
        {
            Assert.That(matched, Does.Contain("apple_music_id: \"310730204\"\napple_music_url: \"https://music.apple.com/us/album/born-to-run/310730204\"\napple_music_match:\n  method: \"crossref\""));
            Assert.That(matched, Does.Contain("## About").And.Contain("Editorial notes from [Apple Music]"));
            Assert.That(matched, Does.Not.Contain("spotify"), "a forced none leaves no Spotify key or embed");
            Assert.That(unmatched, Does.Not.Contain("apple_music").And.Not.Contain("## About"));
            Assert.That(matched, Does.Contain($"lastmod: \"{EnrichmentSamples.Decided:yyyy-MM-dd'T'HH:mm:ss'Z'}\""), "the page changed when the match was decided");
        });
    }

    [Test]
    public async Task Render_ArtistMatchedToWikipedia_BioAndAttributionOnTheTermPage()
    {
        await harness.Get<MatchRepository<WikipediaArticle>>().SaveAsync(1000, EnrichmentSamples.Matched(EnrichmentSamples.Physics(), "search", 0.875), CancellationToken.None);

        await harness.RenderAsync();

        var page = Page("artists", 1000);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("wikipedia_url: \"https://en.wikipedia.org/wiki/Physics\"\nwikipedia_match:\n  method: \"search\"\n  confidence: 0.88\n"));
            Assert.That(page, Does.Contain("## From Wikipedia\n\nPhysics is the natural science"));
            Assert.That(page, Does.Contain("Text from the Wikipedia article [Physics](https://en.wikipedia.org/wiki/Physics) ([authors and history](https://en.wikipedia.org/wiki/Physics?action=history)), licensed under [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/)."));
        });
    }

    /// <summary>The page of <paramref name="section"/> whose front matter has discogs_id <paramref name="discogsId"/>.</summary>
    private string Page(string section, long discogsId) =>
        harness.Snapshot()
            .Where(f => f.Key.StartsWith($"content/{section}/", StringComparison.Ordinal) && f.Key.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => System.Text.Encoding.UTF8.GetString(f.Value))
            .Single(text => text.Contains($"discogs_id: \"{discogsId}\"\n", StringComparison.Ordinal));
}
