using System.Net;
using System.Text.Json;

namespace CollectionSite.Tests.Fakes;

/// <summary>The fake's resources, authentication, pagination and request log, checked against the recorded API.</summary>
[TestFixture]
[Category("Kestrel")]
public sealed class FakeDiscogsServerTests : FakeDiscogsTestBase
{
    private const string Collection = "users/example/collection/folders/0/releases";

    protected override FakeDiscogsOptions CreateOptions() =>
        new() { Data = FakeDiscogsData.Generate(250, 20, 10, withDetails: false) };

    [Test]
    public void StartAsync_Always_BindsLoopbackOnADynamicPort()
    {
        var address = new Uri(Server.BaseUrl);

        Assert.That(address.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(address.Port, Is.Not.Zero);
    }

    [TestCase(null)]
    [TestCase("wrong-token")]
    public async Task Authorization_MissingOrWrong_Is401WithTheRealBody(string? token)
    {
        using var client = Server.CreateHttpClient(token);
        using var response = await client.GetAsync("oauth/identity");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(TestPaths.ReadFixture("discogs", "error_401_must_authenticate.json")));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("OAuth realm=\"https://api.discogs.com\""));
        Assert.That(Server.Log.Snapshot().Single().HadAuthorization, Is.EqualTo(token is not null));
    }

    [Test]
    public async Task Log_EveryRequest_RecordsMethodPathStatusUserAgentAndAuthorization()
    {
        using var client = Server.CreateHttpClient(userAgent: "Probe/2.0 +http://probe.example");
        using (await client.GetAsync("releases/42?x=1"))
        using (await client.GetAsync("oauth/identity"))
        {
            var log = Server.Log.Snapshot();

            Assert.That(log.Select(r => (r.Method, r.PathAndQuery, r.Status)), Is.EqualTo(new[] { ("GET", "/releases/42?x=1", 404), ("GET", "/oauth/identity", 200) }));
            Assert.That(log.Select(r => r.UserAgent), Is.All.EqualTo("Probe/2.0 +http://probe.example"));
            Assert.That(log.Select(r => r.HadAuthorization), Is.All.True);
            Assert.That(log[1].Arrival, Is.GreaterThanOrEqualTo(log[0].Arrival));
            Assert.That(Server.Log.Total, Is.EqualTo(2));
        }
    }

    [TestCase("releases/1", "error_404_release_not_found.json")]
    [TestCase("masters/1", "error_404_master_not_found.json")]
    [TestCase("artists/1", "error_404_artist_not_found.json")]
    public async Task Resource_Unknown_Is404WithTheRealBody(string path, string fixture)
    {
        using var response = await Http.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(TestPaths.ReadFixture("discogs", fixture)));
    }

    [Test]
    public async Task Resource_Known_IsServedVerbatimAsJson()
    {
        var body = TestPaths.ReadFixture("discogs", "release_249504.json");
        Server.Data.SetRelease(249504, body);

        using var response = await Http.GetAsync("releases/249504");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(body));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task CollectionPage_First_HasNextAndLastOnlyAndTheFirstHundredItems()
    {
        var (pagination, releases, link) = await PageAsync(Collection + "?page=1&per_page=100&sort=added&sort_order=desc");

        Assert.That(Counts(pagination), Is.EqualTo((1, 3, 250, 100)));
        Assert.That(Keys(pagination.GetProperty("urls")), Is.EqualTo(new[] { "next", "last" }));
        Assert.That(pagination.GetProperty("urls").GetProperty("next").GetString(), Is.EqualTo(Server.BaseUrl + "/" + Collection + "?sort=added&sort_order=desc&per_page=100&page=2"));
        Assert.That(InstanceIds(releases), Is.EqualTo(Server.Data.InstanceIds().Take(100)));
        Assert.That(link, Does.Contain("rel=\"next\"").And.Contain("rel=\"last\""));
    }

    [Test]
    public async Task CollectionPage_Last_HasFirstAndPrevOnlyAndTheRest()
    {
        var (pagination, releases, _) = await PageAsync(Collection + "?page=3&per_page=100");

        Assert.That(Counts(pagination), Is.EqualTo((3, 3, 250, 100)));
        Assert.That(Keys(pagination.GetProperty("urls")), Is.EqualTo(new[] { "first", "prev" }));
        Assert.That(InstanceIds(releases), Is.EqualTo(Server.Data.InstanceIds().Skip(200)));
    }

    [Test]
    public async Task CollectionPage_SinglePage_HasEmptyUrls()
    {
        Server.Data.RemoveFromCollection(10, 240);
        var (pagination, releases, link) = await PageAsync(Collection + "?per_page=100&page=1");

        Assert.That(Counts(pagination), Is.EqualTo((1, 1, 10, 100)));
        Assert.That(Keys(pagination.GetProperty("urls")), Is.Empty);
        Assert.That(link, Is.Null);
        Assert.That(releases.GetArrayLength(), Is.EqualTo(10));
    }

    [Test]
    public async Task CollectionPage_PerPageAbove100_IsCappedAndDefaultIs50()
    {
        var (capped, cappedReleases, _) = await PageAsync(Collection + "?page=1&per_page=500");
        var (standard, _, _) = await PageAsync(Collection);

        Assert.That(Counts(capped), Is.EqualTo((1, 3, 250, 100)));
        Assert.That(cappedReleases.GetArrayLength(), Is.EqualTo(100));
        Assert.That(Counts(standard), Is.EqualTo((1, 5, 250, 50)));
    }

    [Test]
    public async Task CollectionPage_LowerMaxPerPageOption_CapsThere()
    {
        await using var strict = await FakeDiscogsServer.StartAsync(new FakeDiscogsOptions { Data = Server.Data, MaxPerPage = 50 });
        using var client = strict.CreateHttpClient();
        using var page = JsonDocument.Parse(await client.GetStringAsync(Collection + "?page=1&per_page=100"));

        Assert.That(Counts(page.RootElement.GetProperty("pagination")), Is.EqualTo((1, 5, 250, 50)));
        Assert.That(page.RootElement.GetProperty("releases").GetArrayLength(), Is.EqualTo(50));
    }

    [Test]
    public async Task CollectionPage_BeyondTheLast_Is404ByDefault()
    {
        using var response = await Http.GetAsync(Collection + "?page=4&per_page=100");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("{\"message\": "));
    }

    [Test]
    public async Task CollectionPage_BeyondTheLastWithEmptyPageOption_IsEmptyWithRealTotals()
    {
        await using var lenient = await FakeDiscogsServer.StartAsync(
            new FakeDiscogsOptions { Data = Server.Data, OutOfRangePage = FakeDiscogsOutOfRangePage.EmptyPage });
        using var client = lenient.CreateHttpClient();
        using var response = await client.GetAsync(Collection + "?page=9&per_page=100");
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(Counts(page.RootElement.GetProperty("pagination")), Is.EqualTo((9, 3, 250, 100)));
        Assert.That(page.RootElement.GetProperty("releases").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task CollectionPage_OtherUser_Is404()
    {
        using var response = await Http.GetAsync("users/someone-else/collection/folders/0/releases");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Identity_Default_NamesTheCollectionOwner()
    {
        using var identity = JsonDocument.Parse(await Http.GetStringAsync("oauth/identity"));

        Assert.That(identity.RootElement.GetProperty("username").GetString(), Is.EqualTo("example"));
        Assert.That(Keys(identity.RootElement), Is.EqualTo(new[] { "id", "username", "resource_url", "consumer_name" }));
    }

    [Test]
    public async Task CollectionPage_Shape_HasTheKeysOfTheRecordedPages()
    {
        using var recorded = JsonDocument.Parse(TestPaths.ReadFixture("discogs", "collection_folder_0_releases_page2_of3_dmartinezvelasco_2018.json"));
        var (pagination, releases, _) = await PageAsync(Collection + "?page=2");

        Assert.That(Keys(pagination).Order(), Is.EqualTo(Keys(recorded.RootElement.GetProperty("pagination")).Order()));
        Assert.That(Keys(releases[0]).Order(), Is.SupersetOf(Keys(recorded.RootElement.GetProperty("releases")[0])));
    }

    /// <summary>The page's pagination object, releases array and Link header (cloned: the documents are disposed).</summary>
    private async Task<(JsonElement Pagination, JsonElement Releases, string? Link)> PageAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
        return (page.RootElement.GetProperty("pagination").Clone(), page.RootElement.GetProperty("releases").Clone(), link);
    }

    private static (int Page, int Pages, int Items, int PerPage) Counts(JsonElement pagination) =>
        (pagination.GetProperty("page").GetInt32(), pagination.GetProperty("pages").GetInt32(),
         pagination.GetProperty("items").GetInt32(), pagination.GetProperty("per_page").GetInt32());

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static List<long> InstanceIds(JsonElement releases) =>
        releases.EnumerateArray().Select(r => r.GetProperty("instance_id").GetInt64()).ToList();
}
