using CollectionSite.Artwork.Sources;
using CollectionSite.Configuration;
using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Tests.Rendering.Support;
using CollectionSite.Tests.Stages.Artwork;

namespace CollectionSite.Tests.Artwork;

public sealed class CandidateFinderTests
{
    private const string Template = "https://is1-ssl.mzstatic.com/image/thumb/Music/source/{w}x{h}bb.jpg";

    [TestCase(3000, 3000, 2000, "2000x2000")]
    [TestCase(1400, 1400, 2000, "1400x1400")]
    [TestCase(3000, 2000, 2000, "2000x1333")]
    [TestCase(1000, 4000, 2000, "500x2000")]
    [TestCase(0, 0, 1500, "1500x1500")]
    public void AppleUrl_OfferedSize_LargestWithinTheCapKeepingTheAspect(int width, int height, int cap, string expected) =>
        Assert.That(CandidateFinder.AppleUrl(new AppleMusicArtwork(Template, width, height), cap), Is.EqualTo(Template.Replace("{w}x{h}", expected, StringComparison.Ordinal)));

    [Test]
    public void AppleUrl_NewerTemplate_FillsCropAndFormat() =>
        Assert.That(
            CandidateFinder.AppleUrl(new AppleMusicArtwork("https://is1-ssl.mzstatic.com/a/{w}x{h}{c}.{f}", 600, 600), 2000),
            Is.EqualTo("https://is1-ssl.mzstatic.com/a/600x600bb.jpg"));

    [Test]
    public async Task ForReleaseAsync_EverySource_InTheConfiguredOrderEachUrlOnce()
    {
        var leads = new FakeArtworkLeads();
        leads.Overrides[(ItemKinds.Release, 1)] = "/covers/mine.png";
        leads.Apple[1] = new AppleMusicArtwork(Template, 1000, 1000);
        var release = Release(Image("secondary", "https://i.discogs.com/a.jpeg"), Image("primary", "https://i.discogs.com/b.jpeg"));

        var candidates = await new CandidateFinder(leads, new ArtworkSettings()).ForReleaseAsync(1, release, CancellationToken.None);

        Assert.That(candidates.Select(c => (c.Source, c.Location, c.Host)), Is.EqualTo(new[]
        {
            ("override", "/covers/mine.png", ImageHost.Collector),
            ("apple", Template.Replace("{w}x{h}", "1000x1000", StringComparison.Ordinal), ImageHost.AppleMusic),
            ("discogs-primary", "https://i.discogs.com/b.jpeg", ImageHost.Discogs),
            ("discogs-first", "https://i.discogs.com/a.jpeg", ImageHost.Discogs),
        }));
    }

    [Test]
    public async Task ForReleaseAsync_PrimaryIsTheFirstImageAndUnauthenticatedUrlsEmpty_TriedOnce()
    {
        var release = Release(Image("primary", null), Image("primary", "https://i.discogs.com/b.jpeg"), Image("secondary", "https://i.discogs.com/c.jpeg"));

        var candidates = await new CandidateFinder(new FakeArtworkLeads(), new ArtworkSettings()).ForReleaseAsync(1, release, CancellationToken.None);

        Assert.That(candidates.Select(c => c.Source), Is.EqualTo(new[] { "discogs-primary" }));
    }

    [Test]
    public async Task ForArtistAsync_DiscogsPrimaryThenWikipedia()
    {
        var leads = new FakeArtworkLeads();
        leads.Wikipedia[7] = new WikipediaImage("https://upload.wikimedia.org/x/320px-Band.jpg", 320, 240);
        var artist = DiscogsFixtures.Artist("artist_45_ricbra_2014.json") with { Images = [Image("primary", "https://i.discogs.com/p.jpeg")] };

        var candidates = await new CandidateFinder(leads, new ArtworkSettings()).ForArtistAsync(7, artist, CancellationToken.None);

        Assert.That(candidates.Select(c => (c.Source, c.Host)), Is.EqualTo(new[] { ("discogs-primary", ImageHost.Discogs), ("wikipedia", ImageHost.Wikimedia) }));
    }

    private static Release Release(params RemoteImage[] images) => DiscogsFixtures.Release(DiscogsFixtures.Release249504) with { Images = images };

    private static RemoteImage Image(string type, string? uri) => new(type, uri, null, 600, 600);
}
