using System.Net;
using System.Text.Json;
using CollectionSite.Domain;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

/// <summary>Hazardous titles and names go through our YAML and Markdown and come back out of the real Hugo unchanged.</summary>
[TestFixture]
[Category("Hugo")]
public sealed class HugoRoundTripTests
{
    /// <summary>(title, artist name) pairs: YAML 1.1 booleans and numbers, indicators, quotes, scripts, emoji, controls.</summary>
    private static readonly (string Title, string Artist)[] Hazards =
    [
        ("\"Heroes\"", "David Bowie"), ("No", "NO"), ("yes", "on"), ("off", "null"), ("~", "Y"), ("0123", "001"),
        ("1999", "1e3"), ("0x1F", "0755"), ("#1 Record", "Big Star"), ("Live: At Leeds", "The Who"), ("*bad", "&anchor"),
        ("!tag", "|pipe"), (">fold", "%percent"), ("@at", "`tick"), ("'single'", "a: b"), ("a #b", "? question"),
        ("😀", "🎸 Guitar"), ("Ethio Jazz = የካተት = エチオ・ジャズ", "Mulatu Astatke"), ("Homogenic", "Björk"),
        ("Back In Black", "AC/DC"), ("Myth Takes", "!!!"), ("( )", "Sigur Rós"), ("Tab\there", "Line one\nLine two"),
        ("Back\\slash \\/ and {{< x >}}", "- dash"), ("Bell\u0007 and \u0085 and \u2028 end", "2015-04-14"), ("[a=Name] [b]", "Vargas (2)"),

        // Real Discogs data (issue 8): slugs Hugo reserves (titles are genres too), addresses with parentheses,
        // characters YAML forbids raw.
        ("Index", "Index (2)"), ("Page", "Page"), ("Sitemap", "404"), ("_index", "Robots"),
        ("Heroes https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)", "Bowie (www.bowie.com/a_b)"),
        ("Noise \uFFFE\uFFFF and \u0090 end", "Ctl \u0001\u009F \uFFFE"),
    ];

    private const string WikipediaHeroes = "https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)";
    private const long MergedAsked = 3001;
    private const long MergedAnswer = 3002;
    private const long GoneId = 4001;

    [Test]
    public async Task Build_HazardousTitlesAndNames_HugoReadsThemBackExactly()
    {
        using var harness = new RenderHarness("hugo-roundtrip");
        var copies = new List<CollectionItem>();
        for (var i = 0; i < Hazards.Length; i++)
        {
            var (title, artist) = Hazards[i];
            await harness.AddReleaseAsync(Release(1000 + i, title, new ArtistCredit(5000 + i, artist, null, null, null, null)));
            copies.Add(DiscogsFixtures.Copy(i + 1, 1000 + i, new DateTimeOffset(2015, 4, 14, 10, 23, 29, TimeSpan.Zero)));
        }

        copies.AddRange(await AddMergedAndGoneAsync(harness));
        await harness.SetCollectionAsync([.. copies]);
        await harness.RenderAsync();

        var publicFolder = await HugoSite.BuildAsync(harness.Output);

        var albums = Read(Path.Combine(publicFolder, "albums"), "discogs_id");
        var artists = Read(Path.Combine(publicFolder, "artists"), "title");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < Hazards.Length; i++)
            {
                var (title, artist) = Hazards[i];
                var expectedArtist = DiscogsNames.StripDisambiguation(artist);
                if (!albums.TryGetValue((1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), out var page))
                {
                    Assert.Fail($"no album page for {title}");
                    continue;
                }

                Assert.That(page.GetProperty("title").GetString(), Is.EqualTo(title), "title");
                Assert.That(page.GetProperty("artist").GetString(), Is.EqualTo(expectedArtist), "artist");
                Assert.That(page.GetProperty("date").GetString(), Is.EqualTo("2015-04-14T10:23:29Z"), "date");
                Assert.That(page.GetProperty("year").GetInt32(), Is.EqualTo(1999), "year is a number");
                Assert.That(page.GetProperty("released").GetString(), Is.EqualTo("1999"), "1999-00-00 shows its known part");
                Assert.That(page.GetProperty("content").GetString(), Does.Contain($"href=\"{WikipediaHeroes}\""), "notes link keeps its \")\"");
                Assert.That(page.GetProperty("catalog_numbers")[0].GetString(), Is.EqualTo("001"), "catalogue number keeps its zeros");
                Assert.That(artists.ContainsKey(expectedArtist), Is.True, $"artist term page titled {expectedArtist}");
                if (!title.Any(c => char.IsControl(c) || c is '"' or '\'' || char.IsWhiteSpace(c) && c != ' '))
                {
                    // The tracklist repeats the title in the body: Markdown must show it literally
                    // (quotes are left out: Hugo's typographer turns them into curly quotes by design).
                    Assert.That(WebUtility.HtmlDecode(page.GetProperty("plain").GetString()), Does.Contain($" {title} "), "title in the body");
                }
            }
        });
        Assert.Multiple(() =>
        {
            // Owned as 3001, answered as 3002: one page under 3002. Gone from Discogs: a page from the listing.
            Assert.That(albums[MergedAnswer.ToString(System.Globalization.CultureInfo.InvariantCulture)].GetProperty("title").GetString(), Is.EqualTo("Merged: \"Low\""));
            Assert.That(albums[GoneId.ToString(System.Globalization.CultureInfo.InvariantCulture)].GetProperty("title").GetString(), Is.EqualTo("Gone \uFFFE (Index)"));
        });
    }

    /// <summary>A release owned as 3001 that Discogs answered as 3002, and one owned as 4001 that answers 404 (page from the listing).</summary>
    private static async Task<IEnumerable<CollectionItem>> AddMergedAndGoneAsync(RenderHarness harness)
    {
        var added = new DateTimeOffset(2015, 4, 14, 10, 23, 29, TimeSpan.Zero);
        var merged = Release(MergedAnswer, "Merged: \"Low\"", new ArtistCredit(6001, "Merged Artist", null, null, null, null));
        await harness.Get<ReleaseRepository>().SaveAsync(MergedAsked, new Fetched<Release>(merged, "{}"), "discogs.release", RenderHarness.Fetched, CancellationToken.None);
        await new StageProgressRepository(harness.Database).FinishAsync(
            new StageItem("discogs.release", ItemKinds.Release, GoneId), ItemStatus.NotFound, null, RenderHarness.Fetched, CancellationToken.None);
        var listing = new ListedRelease("Gone \uFFFE (Index)", [new ArtistCredit(6002, "Gone Artist (3)", null, null, null, null)], null, 1975, ["Index"], [], [], [], null, null);
        return [DiscogsFixtures.Copy(9001, MergedAsked, added), DiscogsFixtures.Copy(9002, GoneId, added) with { Listing = listing }];
    }

    private static Release Release(long id, string title, ArtistCredit artist) => new(
        id, title, [artist], null, 1999, "1999-00-00", "NO", ["Rock", title], [], [new LabelCredit(1, "Label", "001")], [new ReleaseFormat("Vinyl", "1", null, ["LP"])],
        [new Track("A1", "track", title, "3:45", [], [], [])], [], [], [], [new ReleaseIdentifier("Barcode", "0724384960650", null)], [], $"Read {WikipediaHeroes}.", null, null);

    /// <summary>Every index.html under <paramref name="folder"/> parsed as the JSON our layouts print, keyed by one property.</summary>
    private static Dictionary<string, JsonElement> Read(string folder, string key) =>
        Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .Where(e => e.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            .ToDictionary(e => e.GetProperty(key).GetString()!, e => e);
}
