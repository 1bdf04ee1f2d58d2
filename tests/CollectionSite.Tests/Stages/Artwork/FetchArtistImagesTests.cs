using CollectionSite.Domain;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>Artist images: the Discogs artist's primary image, then the Wikipedia thumbnail, into the artist's term bundle.</summary>
public sealed class FetchArtistImagesTests
{
    private const long RickAstley = 72872;
    private const string DiscogsUrl = "https://i.discogs.com/artist-72872.jpeg";
    private const string WikipediaUrl = "https://upload.wikimedia.org/wikipedia/commons/thumb/a/ab/Rick.jpg/320px-Rick.jpg";

    [Test]
    public async Task Build_DiscogsPrimaryMissing_WikipediaThumbnailInTheTermBundle()
    {
        using var harness = await SeededAsync("artist-wikipedia");
        harness.Hosts.Serve(WikipediaUrl, harness.Jpeg(320, 240));

        var summary = await harness.BuildAsync();

        var folder = Path.Combine(harness.Content, "artists", "rick-astley");
        var image = (await new ArtworkRepository(harness.Database).GetItemsAsync(ItemKinds.Artist, CancellationToken.None))[(ItemKinds.Artist, RickAstley)];
        Assert.Multiple(() =>
        {
            Assert.That(image.Source, Is.EqualTo("wikipedia"));
            Assert.That(image.Failures.Single().Source, Is.EqualTo("discogs-primary"));
            Assert.That(Directory.GetFiles(folder, "cover-*").Select(Path.GetFileName), Is.EquivalentTo(new[] { "cover-400.jpg", "cover-400.webp", "cover-200.jpg", "cover-200.webp", "cover-100.jpg", "cover-100.webp" }));
            Assert.That(File.ReadAllText(Path.Combine(folder, "_index.md")), Does.Contain("cover:\n  alt: \"Photo of Rick Astley\"\n  source: \"wikipedia\""));
            Assert.That(harness.Stage(summary, "Fetch artist images").Note, Is.EqualTo("1 downloaded, 6 files encoded"));
        });
    }

    [Test]
    public async Task Build_WikipediaThumbnail_AskedWithTheWikimediaUserAgentNamingTheContact()
    {
        using var harness = await SeededAsync("artist-wikimedia-agent");
        harness.Settings.Wikipedia.Contact = "collector@example.org";
        harness.Hosts.Serve(WikipediaUrl, harness.Jpeg(320, 240));

        await harness.BuildAsync();

        var request = harness.Hosts.Requests.Single(r => r.Uri.AbsoluteUri == WikipediaUrl);
        Assert.That(string.Join(" ", request.Headers.NonValidated["User-Agent"]), Does.Contain("(https://").And.Contain("; collector@example.org)"));
    }

    [Test]
    public async Task Build_DiscogsPrimaryServed_WikipediaNeverAsked()
    {
        using var harness = await SeededAsync("artist-discogs");
        harness.Hosts.Serve(DiscogsUrl, harness.Jpeg(300, 300));

        await harness.BuildAsync();

        Assert.That(harness.Hosts.Requests.Select(r => r.Uri.AbsoluteUri), Is.EqualTo(new[] { DiscogsUrl }));
    }

    private static async Task<ArtworkHarness> SeededAsync(string purpose)
    {
        var harness = new ArtworkHarness(purpose);
        await harness.AddReleaseAsync(51);
        var artist = new Artist(RickAstley, "Rick Astley", null, null, [], [], [new RemoteImage("primary", DiscogsUrl, null, 600, 600)], [], [], [], null);
        await new ArtistRepository(harness.Database).SaveAsync(RickAstley, new Fetched<Artist>(artist, "{}"), TestClock.Start, CancellationToken.None);
        harness.Leads.Wikipedia[RickAstley] = new WikipediaImage(WikipediaUrl, 320, 240);
        return harness;
    }
}
