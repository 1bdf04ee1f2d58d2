using CollectionSite.Domain;
using CollectionSite.Rendering;
using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Slugs;
using CollectionSite.Rendering.Templates;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

/// <summary>Real Discogs payloads → page models → Markdown files, compared with Golden/*.md.</summary>
[TestFixture]
public sealed class GoldenPageTests
{
    private static readonly DateTimeOffset Fetched = new(2025, 3, 1, 9, 30, 15, TimeSpan.Zero);
    private static readonly DateTimeOffset Added = new(2015, 4, 14, 10, 23, 29, TimeSpan.Zero);

    private readonly PageComposer composer = new(new FrontMatterWriter());
    private readonly ScribanTemplateRenderer templates = new(new RenderingOptions
    {
        OutputDirectory = Path.GetTempPath(),
        TemplatesDirectory = Path.Combine(TestPaths.RepositoryRoot, "templates"),
    });

    private static IEnumerable<TestCaseData> Releases() => DiscogsFixtures.Releases.Select(f => new TestCaseData(f).SetArgDisplayNames(f.Split('_')[1].Split('.')[0]));

    [TestCaseSource(nameof(Releases))]
    public void AlbumPage_RealRelease_MatchesGolden(string fixture)
    {
        var release = DiscogsFixtures.Release(fixture);
        var master = release.Id == 249504 ? SyntheticMaster(release) : null;
        var copies = release.Id == 249504
            ? new[] { DiscogsFixtures.Copy(1, release.Id, Added.AddYears(1), rating: 3), DiscogsFixtures.Copy(2, release.Id, Added, rating: 5) }
            : [DiscogsFixtures.Copy(1, release.Id, Added)];
        var source = new AlbumSource(release, Fetched, master is null ? null : new CachedEntry<Master>(master.Id, master, Fetched), copies);
        var input = new SiteInput([source], new Dictionary<long, CachedEntry<Artist>>(), DiscogsLinkNames.None);
        var catalog = SiteCatalog.Build(input);
        var slugs = new SiteSlugs(catalog.SlugRequests().ToDictionary(r => r.Key, r => SlugAllocator.Allocate(r.Value, SlugBook.Empty)));

        var (front, page) = new AlbumPageBuilder(new FakeTimeProvider(TestClock.Start)).Build(catalog.Albums[0], slugs, release.Id == 249504 ? PageImages.Cover() : null, input.Names);
        var text = composer.Compose(front with { Lastmod = AlbumPageBuilder.Rfc3339(Fetched) }, templates.Render(SitePages.AlbumTemplate, page));

        GoldenFile.AssertMatches($"album_{release.Id}.md", text);
    }

    [TestCase("artist_45_ricbra_2014.json")]
    [TestCase("artist_108713.json")]
    public void ArtistPage_RealArtist_MatchesGolden(string fixture)
    {
        var artist = DiscogsFixtures.Artist(fixture);
        // The docs example 108713 has no name: the term title then comes from the release credit.
        var credited = artist.Name.Length > 0 ? artist.Name : "Nickelback";
        var term = new Term(Taxonomies.Artists, $"id:{artist.Id}", DiscogsNames.StripDisambiguation(credited), artist.Id);

        var (front, page) = TermPageBuilder.Artist(term, artist, ["/artists/old-name/"], PageImages.ArtistPhoto(), DiscogsLinkNames.None);
        var text = composer.Compose(front, templates.Render(SitePages.ArtistTemplate, page));

        GoldenFile.AssertMatches($"artist_{artist.Id}.md", text);
    }

    [Test]
    public void AlbumPage_AppleMusicAndSpotifyMatched_MatchesGolden()
    {
        var release = DiscogsFixtures.Release(DiscogsFixtures.Release3329867);
        var enrichment = new AlbumEnrichment(
            EnrichmentSamples.Matched(EnrichmentSamples.BornToRun(), "barcode", 1),
            EnrichmentSamples.Matched(EnrichmentSamples.LyckligaGatan(), "search", 0.9345));
        var source = new AlbumSource(release, Fetched, null, [DiscogsFixtures.Copy(1, release.Id, Added)]) { Enrichment = enrichment };

        GoldenFile.AssertMatches("album_enriched.md", RenderAlbum(source));
    }

    [Test]
    public void ArtistPage_WikipediaMatched_MatchesGolden()
    {
        var artist = DiscogsFixtures.Artist("artist_108713.json");
        var term = new Term(Taxonomies.Artists, $"id:{artist.Id}", "Nickelback", artist.Id);
        var wikipedia = EnrichmentSamples.Matched(EnrichmentSamples.Physics(), "link", 1);

        var (front, page) = TermPageBuilder.Artist(term, artist, [], image: null, DiscogsLinkNames.None, wikipedia);

        GoldenFile.AssertMatches("artist_wikipedia.md", composer.Compose(front, templates.Render(SitePages.ArtistTemplate, page)));
    }

    private string RenderAlbum(AlbumSource source)
    {
        var input = new SiteInput([source], new Dictionary<long, CachedEntry<Artist>>(), DiscogsLinkNames.None);
        var catalog = SiteCatalog.Build(input);
        var slugs = new SiteSlugs(catalog.SlugRequests().ToDictionary(r => r.Key, r => SlugAllocator.Allocate(r.Value, SlugBook.Empty)));
        var (front, page) = new AlbumPageBuilder(new FakeTimeProvider(TestClock.Start)).Build(catalog.Albums[0], slugs, cover: null, input.Names);
        return composer.Compose(front with { Lastmod = AlbumPageBuilder.Rfc3339(Fetched) }, templates.Render(SitePages.AlbumTemplate, page));
    }

    /// <summary>A master for 249504 (none is recorded): adds a genre and a style to show the release ∪ master union.</summary>
    private static Master SyntheticMaster(Release release) =>
        new(96559, release.Title, 1987, release.Id, release.Artists, ["Pop", "Electronic", "Funk / Soul"], ["Synth-pop", "Euro House"], null);
}
