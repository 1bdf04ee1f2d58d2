using System.Text.Json;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>
/// Every real recorded body goes over HTTP through the production client: it must map without error, keep the raw
/// JSON byte for byte, and turn Discogs' "nothing" values ("" URIs, year 0, absent master_id) into null.
/// </summary>
[TestFixture]
[Category("Kestrel")]
public sealed class DiscogsClientMappingTests
{
    private DiscogsHarness harness = null!;

    public static IEnumerable<string> Releases => Fixtures("release_*.json");

    public static IEnumerable<string> Masters => Fixtures("master_*.json").Where(f => !f.Contains("_versions_", StringComparison.Ordinal));

    public static IEnumerable<string> Artists => Fixtures("artist_*.json");

    public static IEnumerable<string> CollectionPages => Fixtures("collection_folder_*_releases_*.json");

    public static IEnumerable<string> Identities => Fixtures("identity_*.json");

    [SetUp]
    public async Task SetUp() => harness = await DiscogsHarness.StartAsync();

    [TearDown]
    public async Task TearDown() => await harness.DisposeAsync();

    [TestCaseSource(nameof(Releases))]
    public async Task GetReleaseAsync_RealFixture_MapsIdTitleArtistsAndKeepsRawJson(string fixture)
    {
        var (json, root) = Load(fixture);
        var id = root.GetProperty("id").GetInt64();
        harness.Data.SetRelease(id, json);

        var fetched = await harness.Client.GetReleaseAsync(id, CancellationToken.None);

        Assert.That(fetched, Is.Not.Null);
        Assert.That(fetched!.RawJson, Is.EqualTo(json));
        Assert.That(fetched.Value.Id, Is.EqualTo(id));
        Assert.That(fetched.Value.Title, Is.EqualTo(root.GetProperty("title").GetString()));
        Assert.That(fetched.Value.Artists.Select(a => a.Name), Is.EqualTo(root.GetProperty("artists").EnumerateArray().Select(a => a.GetProperty("name").GetString())));
        Assert.That(fetched.Value.Tracklist, Has.Count.EqualTo(root.GetProperty("tracklist").GetArrayLength()));
        Assert.That(fetched.Value.Images, Has.Count.EqualTo(root.TryGetProperty("images", out var images) ? images.GetArrayLength() : 0));
    }

    [TestCaseSource(nameof(Masters))]
    public async Task GetMasterAsync_RealFixture_MapsIdTitleYearAndMainRelease(string fixture)
    {
        var (json, root) = Load(fixture);
        var id = root.GetProperty("id").GetInt64();
        harness.Data.SetMaster(id, json);

        var fetched = await harness.Client.GetMasterAsync(id, CancellationToken.None);

        Assert.That(fetched!.RawJson, Is.EqualTo(json));
        Assert.That(fetched.Value.Title, Is.EqualTo(root.GetProperty("title").GetString()));
        Assert.That(fetched.Value.Year, Is.EqualTo(root.GetProperty("year").GetInt32()));
        Assert.That(fetched.Value.MainReleaseId, Is.EqualTo(root.GetProperty("main_release").GetInt64()));
        Assert.That(fetched.Value.Artists, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Artists))]
    public async Task GetArtistAsync_RealFixture_MapsIdAndOptionalListsAsEmptyNotNull(string fixture)
    {
        var (json, root) = Load(fixture);
        var id = root.GetProperty("id").GetInt64();
        harness.Data.SetArtist(id, json);

        var artist = (await harness.Client.GetArtistAsync(id, CancellationToken.None))!.Value;

        Assert.That(artist.Id, Is.EqualTo(id));
        Assert.That(artist.Name, Is.EqualTo(root.TryGetProperty("name", out var name) ? name.GetString() : string.Empty));
        Assert.That(artist.Images, Has.Count.EqualTo(root.TryGetProperty("images", out var images) ? images.GetArrayLength() : 0));
        Assert.That(artist.Members, Has.Count.EqualTo(root.TryGetProperty("members", out var members) ? members.GetArrayLength() : 0));
        Assert.That(artist.Aliases, Has.Count.EqualTo(root.TryGetProperty("aliases", out var aliases) ? aliases.GetArrayLength() : 0));
        Assert.That(artist.Urls, Is.Not.Null);
    }

    [TestCaseSource(nameof(CollectionPages))]
    public async Task GetCollectionPageAsync_RealPage_MapsPaginationAndEveryItem(string fixture)
    {
        var (json, root) = Load(fixture);
        harness.Server.Faults.Add(FakeDiscogsFault.Reply(200, json), pathPrefix: "/users/");
        var pagination = root.GetProperty("pagination");

        var page = await harness.Client.GetCollectionPageAsync("example", 1, 100, CancellationToken.None);

        Assert.That((page.Page, page.Pages, page.TotalItems, page.PerPage), Is.EqualTo((
            pagination.GetProperty("page").GetInt32(), pagination.GetProperty("pages").GetInt32(),
            pagination.GetProperty("items").GetInt32(), pagination.GetProperty("per_page").GetInt32())));
        var releases = root.GetProperty("releases").EnumerateArray().ToList();
        Assert.That(page.Items.Select(i => (i.InstanceId, i.ReleaseId)), Is.EqualTo(releases.Select(r => (r.GetProperty("instance_id").GetInt64(), r.GetProperty("id").GetInt64()))));
        // The docs example item has no date_added: the mapper's stand-in is the Unix epoch.
        Assert.That(page.Items.Select(i => i.DateAdded), Is.EqualTo(releases.Select(r =>
            r.TryGetProperty("date_added", out var added) ? added.GetDateTimeOffset() : DateTimeOffset.UnixEpoch)));
    }

    [TestCaseSource(nameof(Identities))]
    public async Task GetIdentityAsync_RealFixture_MapsIdAndUsername(string fixture)
    {
        var (json, root) = Load(fixture);
        harness.Data.IdentityJson = json;

        var identity = await harness.Client.GetIdentityAsync(CancellationToken.None);

        Assert.That(identity.Id, Is.EqualTo(root.GetProperty("id").GetInt64()));
        Assert.That(identity.Username, Is.EqualTo(root.GetProperty("username").GetString()));
    }

    [Test]
    public async Task GetReleaseAsync_UnauthenticatedBody_BlankImageUrisAndYear0BecomeNullSubTracksKept()
    {
        var release = await ReleaseAsync("release_1287017_unauth_blank_images_subtracks.json", 1287017);

        Assert.That(release.Images, Is.Not.Empty);
        Assert.That(release.Images.Select(i => (i.Uri, i.Uri150)), Is.All.EqualTo(((string?)null, (string?)null)));
        Assert.That(release.Year, Is.Null);
        Assert.That(release.MasterId, Is.EqualTo(420813));
        var indexes = release.Tracklist.Where(t => t.Type == "index").ToList();
        Assert.That(indexes.Select(t => t.Position), Is.EqualTo(new[] { string.Empty, string.Empty }));
        Assert.That(indexes.SelectMany(t => t.SubTracks).Select(t => t.Position), Is.EqualTo(new[] { "A3", "B1", "B2", "B3", "B4.1", "B4.2", "B4.3" }));
        Assert.That(release.Artists.Select(a => (a.Anv, a.Join)), Is.EqualTo(new[] { ("Ravel", "\u2013"), (null, ","), ((string?)null, (string?)null) }));
    }

    [Test]
    public async Task GetReleaseAsync_NoMasterIdKey_MasterIdIsNullAndFileQuantityIsAString()
    {
        var release = await ReleaseAsync("release_3329867_no_master_id_file_format.json", 3329867);

        Assert.That(release.MasterId, Is.Null);
        Assert.That(release.Formats.Single(), Is.EqualTo(release.Formats.Single() with { Name = "File", Quantity = "6", Text = "320 kbps" }));
        Assert.That(release.ExtraArtists, Is.Empty);
    }

    [Test]
    public async Task GetReleaseAsync_ModernBodyWithYear0_YearNullMasterKeptIdentifiersAndVideosMapped()
    {
        var release = await ReleaseAsync("release_6145364_modern_auth_2023.json", 6145364);

        Assert.That((release.Year, release.MasterId), Is.EqualTo(((int?)null, (long?)45970)));
        Assert.That(release.Images.Select(i => i.Uri), Has.All.StartWith("https://i.discogs.com/"));
        Assert.That(release.Identifiers, Has.Count.EqualTo(7));
        Assert.That(release.Videos, Has.Count.EqualTo(14));
        Assert.That(release.Companies, Has.Count.EqualTo(19));
        Assert.That(release.Tracklist.SelectMany(t => t.ExtraArtists), Is.Not.Empty);
    }

    [Test]
    public async Task GetReleaseAsync_DocsExample_MapsLabelsFormatsAndNotes()
    {
        var release = await ReleaseAsync("release_249504.json", 249504);

        Assert.That(release.MasterId, Is.EqualTo(96559));
        Assert.That(release.Year, Is.EqualTo(1987));
        Assert.That(release.Formats.Single().Quantity, Is.EqualTo("1"));
        Assert.That(release.Formats.Single().Descriptions, Is.EqualTo(new[] { "7\"", "Single", "45 RPM" }));
        Assert.That(release.Labels, Is.Not.Empty);
        Assert.That(release.Notes, Does.Contain("\u2117"));
    }

    [Test]
    public async Task GetCollectionPageAsync_RealPage_KeepsEachItemsBasicInformation()
    {
        harness.Server.Faults.Add(FakeDiscogsFault.Reply(200, TestPaths.ReadFixture("discogs", "collection_folder_0_releases_page1.json")), pathPrefix: "/users/");

        var page = await harness.Client.GetCollectionPageAsync("example", 1, 100, CancellationToken.None);

        var listed = page.Items[0].Listing!;
        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Has.All.Property(nameof(CollectionSite.Domain.CollectionItem.Listing)).Not.Null);
            Assert.That((listed.Title, listed.Year, listed.MasterId), Is.EqualTo(("The K&D Sessions\u2122", (int?)2015, (long?)52323)));
            Assert.That(listed.Artists.Select(a => (a.Id, a.Name, a.Anv)), Is.EqualTo(new[] { (1434L, "Kruder & Dorfmeister", (string?)"Kruder Dorfmeister") }));
            Assert.That(listed.Labels.Select(l => (l.Name, l.CatalogNumber)), Is.EqualTo(new[] { ("!K7 Records", (string?)"!K7073LP") }));
            Assert.That(listed.Formats.Select(f => (f.Name, f.Quantity)), Is.EqualTo(new[] { ("Vinyl", (string?)"5") }));
            Assert.That(listed.CoverUrl, Does.StartWith("https://img.discogs.com/").And.Contain("600x600"));
            Assert.That(listed.ThumbUrl, Does.Contain("150x150"));
        });
    }

    [Test]
    public async Task GetArtistAsync_NoImagesNoProfile_ImagesEmptyProfileNull()
    {
        harness.Data.SetArtist(2, TestPaths.ReadFixture("discogs", "artist_2_joalla_no_images_members.json"));

        var artist = (await harness.Client.GetArtistAsync(2, CancellationToken.None))!.Value;

        Assert.That((artist.Images.Count, artist.Profile), Is.EqualTo((0, (string?)null)));
        Assert.That(artist.Members.Select(m => m.Name), Is.EqualTo(new[] { "Alexi Delano", "Cari Lekebusch" }));
    }

    private async Task<CollectionSite.Domain.Release> ReleaseAsync(string fixture, long id)
    {
        harness.Data.SetRelease(id, TestPaths.ReadFixture("discogs", fixture));
        return (await harness.Client.GetReleaseAsync(id, CancellationToken.None))!.Value;
    }

    private static (string Json, JsonElement Root) Load(string fixture)
    {
        var json = TestPaths.ReadFixture("discogs", fixture);
        using var document = JsonDocument.Parse(json);
        return (json, document.RootElement.Clone());
    }

    private static IEnumerable<string> Fixtures(string pattern) =>
        Directory.GetFiles(Path.Combine(TestPaths.RealFixtures, "discogs"), pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
