using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Skeleton;

/// <summary>
/// Installs the shipped skeleton, adds hand-written content that follows the front-matter contract, builds it with
/// the real Hugo under --panicOnWarning and reads the HTML a visitor would get.
/// </summary>
[Category("Hugo")]
public sealed partial class HugoSiteBuildTests
{
    private const string SiteTitle = "Jo's \"Vinyl\" \\ Shelf 🎶";

    private string scratch = null!;
    private string publish = null!;
    private (int ExitCode, string Output) build;

    [OneTimeSetUp]
    public async Task BuildSampleSite()
    {
        scratch = TestPaths.NewScratchFolder("hugo-build");
        var site = Path.Combine(scratch, "site");
        publish = Path.Combine(scratch, "public");
        await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, site, SiteTitle).InstallAsync(CancellationToken.None);
        SampleContent.WriteTo(site);
        build = await HugoCli.BuildAsync(site, publish, Path.Combine(scratch, "cache"));
        Assert.That(build.ExitCode, Is.Zero, "hugo failed:\n" + build.Output);
    }

    [OneTimeTearDown]
    public void DeleteScratch() => Directory.Delete(scratch, recursive: true);

    [Test]
    public void Build_SampleSite_PrintsNoWarning() =>
        Assert.That(build.Output, Does.Not.Contain("WARN").And.Not.Contain("ERROR"));

    [Test]
    public void AlbumPage_WithCover_ShowsTitleArtistTermLinkAndSizedCoverWithAlt()
    {
        var html = Read("albums/live-at-leeds-1234/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>Live: At Leeds</h1>"));
            Assert.That(html, Does.Contain("<a href=\"/artists/the-who/\">The Who</a>"));
            Assert.That(html, Does.Contain("<a href=\"/genres/rock/\">Rock</a>").And.Contain("<a href=\"/labels/track-record/\">Track Record</a>"));
            Assert.That(CoverPicture().IsMatch(html), Is.True, "cover <picture> of the pre-sized files, eager, with size and alt:\n" + html);
            Assert.That(Regex.Count(html, "<img "), Is.EqualTo(1), "the body's cover image is not shown a second time");
            Assert.That(html, Does.Contain("aria-label=\"5 out of 5\""));
        });
    }

    [Test]
    public void AlbumFolder_PreSizedCover_PublishedAsItIsWithNothingProcessedByHugo() =>
        Assert.That(
            Directory.GetFiles(Path.Combine(publish, "albums", "live-at-leeds-1234")).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "index.html", "cover-64.jpg", "cover-32.jpg", "cover-64.webp", "cover-32.webp" }));

    [Test]
    public void AlbumPage_UsersOwnBodyImage_ResizedByHugoAsTheFallback()
    {
        var html = Read("albums/no-5/index.html");

        Assert.That(html, Does.Match("<img src=\"/albums/no-5/inlay_hu[^\"]+\\.webp\" width=\"64\" height=\"64\" alt=\"Inlay\" loading=\"lazy\" decoding=\"async\">"));
    }

    [Test]
    public void HomePage_CoverCards_LazyPicturesOfThePreSizedFiles()
    {
        var html = Read("index.html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<source type=\"image/webp\" srcset=\"/albums/live-at-leeds-1234/cover-64.webp 64w, /albums/live-at-leeds-1234/cover-32.webp 32w\" sizes=\"(min-width: 48rem) 14rem, 45vw\">"));
            Assert.That(html, Does.Match("<img class=\"card-cover\" src=\"/albums/live-at-leeds-1234/cover-64.jpg\" [^>]*width=\"64\" height=\"64\" alt=\"\" loading=\"lazy\" decoding=\"async\" style=\"background-color: #5a3c28\">"));
            Assert.That(html, Does.Not.Contain("fetchpriority"), "no card is the first thing on a page of its own");
        });
    }

    [Test]
    public void AlbumPage_UndecodableCover_BuildsWithoutProcessedCover()
    {
        var html = Read("albums/broken-cover-6/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>Broken Cover</h1>"));
            Assert.That(html, Does.Not.Contain("class=\"cover\""));
        });
    }

    [Test]
    public void AlbumPage_WithoutCover_BuildsWithoutCoverImageAndLinksEveryArtist()
    {
        var html = Read("albums/no-5/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>No</h1>"), "YAML's Norway problem would have made it \"false\"");
            Assert.That(html, Does.Not.Contain("class=\"cover\""));
            Assert.That(html, Does.Contain("<a href=\"/artists/bjork/\">Björk</a>, <a href=\"/artists/the-who/\">The Who</a>"));
        });
    }

    [Test]
    public void AlbumPage_StreamingShortcodes_RenderLazyTitledPlayers()
    {
        var html = Read("albums/live-at-leeds-1234/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<iframe src=\"https://embed.music.apple.com/gb/album/live-at-leeds/1440843133\" title=\"Apple Music player: Live: At Leeds\" loading=\"lazy\""));
            Assert.That(html, Does.Contain($"<iframe src=\"https://open.spotify.com/embed/album/{SampleContent.SpotifyId}\" title=\"Spotify player: Live: At Leeds\" loading=\"lazy\""));
        });
    }

    [Test]
    public void AlbumPage_EnrichmentFrontMatter_LinksElsewhereAndDescribesWithEditorialNotes()
    {
        var html = Read("albums/live-at-leeds-1234/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain($"<a href=\"{SampleContent.AppleMusicUrl}\" rel=\"external\">Apple Music</a>"));
            Assert.That(html, Does.Contain($"<a href=\"https://open.spotify.com/album/{SampleContent.SpotifyId}\" rel=\"external\">Spotify</a>"));
            Assert.That(html, Does.Contain("<meta name=\"description\" content=\"The loudest live album of its day &amp; still &#34;the&#34; reference.\">"));
        });
    }

    [Test]
    public void ArtistTermPage_WithWikipediaMatch_LinksTheArticle() =>
        Assert.That(Read("artists/the-who/index.html"), Does.Contain($"<a href=\"{SampleContent.WikipediaUrl}\" rel=\"external\">The Who on Wikipedia</a>"));

    [Test]
    public void EveryPublishedFile_HasNoTemplateLeak()
    {
        var leaks = Directory.EnumerateFiles(publish, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(f => new[] { "ZgotmplZ", "<no value>", "%!", "0001-01-01" }.Where(File.ReadAllText(f).Contains).Select(leak => $"{leak} in {f}"))
            .ToList();

        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void EveryLocalImageSource_ExistsInThePublishedSite()
    {
        var sources = Directory.EnumerateFiles(publish, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => ImageSource().Matches(File.ReadAllText(f)).Select(m => m.Groups["src"].Value)
                .Concat(SourceSet().Matches(File.ReadAllText(f)).SelectMany(m => m.Groups["set"].Value.Split(", ").Select(candidate => candidate.Split(' ')[0]))))
            .Distinct()
            .ToList();

        Assert.That(sources, Is.Not.Empty);
        Assert.That(sources.Where(src => !File.Exists(Path.Combine(publish, src.TrimStart('/')))), Is.Empty);
    }

    [TestCase("artists/index.html", new[] { "Björk", "The Who" })]
    [TestCase("genres/index.html", new[] { "Electronic", "Rock" })]
    public void TaxonomyPage_ListsTermsByDisplayTitleAlphabetically(string page, string[] titles) =>
        Assert.That(TermTitles().Matches(Read(page)).Select(m => WebUtility.HtmlDecode(m.Groups["title"].Value)), Is.EqualTo(titles));

    [Test]
    public void ArtistTermPage_ShowsPhotoBioAndBothAlbums()
    {
        var html = Read("artists/the-who/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>The Who</h1>"));
            Assert.That(html, Does.Match("<img class=\"cover\" src=\"/artists/the-who/cover-64.jpg\"[^>]*alt=\"Photo of The Who\" fetchpriority=\"high\" decoding=\"async\">"));
            Assert.That(html, Does.Contain("English rock band formed in London in 1964."));
            Assert.That(html, Does.Contain(">Live: At Leeds</span>").And.Contain(">No</span>"));
            Assert.That(html, Does.Contain("<a href=\"https://www.discogs.com/artist/24\" rel=\"external\">"));
        });
    }

    [Test]
    public void AlbumsJson_BrowseIndex_NewestFirstWithTermsAsIndexesIntoTheirTables()
    {
        using var index = JsonDocument.Parse(Read("albums/index.json"));

        var albums = index.RootElement.GetProperty("albums").EnumerateArray().ToList();
        var terms = index.RootElement.GetProperty("terms");
        string TermKey(JsonElement album, string table, int at) =>
            terms.GetProperty(table)[album.GetProperty(table)[at].GetInt32()][0].GetString()!;
        string TermTitle(JsonElement album, string table, int at) =>
            terms.GetProperty(table)[album.GetProperty(table)[at].GetInt32()][1].GetString()!;
        var leeds = albums.Single(a => a.GetProperty("t").GetString() == "Live: At Leeds");
        var no = albums.Single(a => a.GetProperty("t").GetString() == "No");
        Assert.Multiple(() =>
        {
            Assert.That(albums.Select(a => a.GetProperty("t").GetString()), Is.EqualTo(new[] { "Broken Cover", "No", "Live: At Leeds" }), "date added, newest first");
            Assert.That(leeds.GetProperty("u").GetString(), Is.EqualTo("live-at-leeds-1234/"), "relative to /albums/");
            Assert.That(leeds.GetProperty("a").GetString(), Is.EqualTo("The Who"));
            Assert.That(leeds.GetProperty("y").GetInt32(), Is.EqualTo(1970));
            Assert.That(leeds.GetProperty("c").GetString(), Is.EqualTo("cover-64.webp"), "no WebP reaches 300 px: the largest");
            Assert.That(leeds.GetProperty("n")[0].GetString(), Is.EqualTo("2406 001"));
            Assert.That(TermTitle(leeds, "l", 0), Is.EqualTo("Track Record"));
            Assert.That(TermKey(leeds, "g", 0), Is.EqualTo("rock"));
            Assert.That(no.GetProperty("g").EnumerateArray().Select((_, i) => TermTitle(no, "g", i)), Is.EquivalentTo(new[] { "Electronic", "Rock" }));
            Assert.That(no.TryGetProperty("c", out _), Is.False, "no cover, no key");
            Assert.That(no.TryGetProperty("y", out _), Is.False, "year 0 is unknown");
            Assert.That(
                Directory.EnumerateFiles(publish, "index.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(publish, f)),
                Is.EqualTo(new[] { Path.Combine("albums", "index.json") }),
                "one index, on the albums section: no empty index.json for other sections (notes/, stats/)");
        });
    }

    [Test]
    public void HomePage_TitleFromConfiguration_SurvivesTomlEscaping()
    {
        var title = PageTitle().Match(Read("index.html")).Groups["title"].Value;

        Assert.That(WebUtility.HtmlDecode(title), Is.EqualTo(SiteTitle));
    }

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(publish, relativePath));

    [GeneratedRegex(
        "<picture>\\s*<source type=\"image/webp\" srcset=\"/albums/live-at-leeds-1234/cover-64.webp 64w, /albums/live-at-leeds-1234/cover-32.webp 32w\" sizes=\"\\(min-width: 48rem\\) 20rem, 100vw\">"
        + "\\s*<img class=\"cover\" src=\"/albums/live-at-leeds-1234/cover-64.jpg\" srcset=\"/albums/live-at-leeds-1234/cover-64.jpg 64w, /albums/live-at-leeds-1234/cover-32.jpg 32w\" sizes=\"\\(min-width: 48rem\\) 20rem, 100vw\" "
        + "width=\"64\" height=\"64\" alt=\"Cover of Live: At Leeds by The Who\" fetchpriority=\"high\" decoding=\"async\" style=\"background-color: #5a3c28\">\\s*</picture>")]
    private static partial Regex CoverPicture();

    [GeneratedRegex("srcset=\"(?<set>[^\"]+)\"")]
    private static partial Regex SourceSet();

    [GeneratedRegex("<img [^>]*src=\"(?<src>/[^\"]+)\"")]
    private static partial Regex ImageSource();

    [GeneratedRegex("<li><a href=\"[^\"]+\">(?<title>[^<]+)</a> <span class=\"term-count\">")]
    private static partial Regex TermTitles();

    [GeneratedRegex("<title>(?<title>[^<]*)</title>")]
    private static partial Regex PageTitle();
}
