using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace CollectionSite.Tests.Fakes;

/// <summary>Each scripted fault fires on exactly the requests it was scripted for, and does what its name says.</summary>
[TestFixture]
[Category("Kestrel")]
public sealed class FakeDiscogsFaultsTests : FakeDiscogsTestBase
{
    private const string Collection = "users/example/collection/folders/0/releases";

    protected override FakeDiscogsOptions CreateOptions()
    {
        var data = FakeDiscogsData.Generate(250, 5, 5, withDetails: false);
        data.SetRelease(249504, TestPaths.ReadFixture("discogs", "release_249504.json"));
        return new FakeDiscogsOptions { Data = data };
    }

    [Test]
    public async Task StatusBurst_SkipAndTimes_HitsOnlyTheScriptedMatchingRequests()
    {
        var rule = Server.Faults.Add(FakeDiscogsFault.Status(503), pathPrefix: "/releases/", skip: 1, times: 2);

        var statuses = new List<int>();
        foreach (var path in new[] { "releases/249504", "oauth/identity", "releases/249504", "releases/249504", "releases/249504" })
        {
            using var response = await Http.GetAsync(path);
            statuses.Add((int)response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 503, 503, 200 }));
        Assert.That((rule.Matched, rule.Fired), Is.EqualTo((4, 2)));
        Assert.That(Server.Log.Snapshot().Select(r => r.Fault), Is.EqualTo(new[] { null, null, "status 503", "status 503", null }));
    }

    [Test]
    public async Task Status500_DefaultBody_IsTheDocumentedDiscogsMessage()
    {
        Server.Faults.Add(FakeDiscogsFault.Status(500));
        using var response = await Http.GetAsync("releases/249504");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("{\"message\": \"Query time exceeded. Please try a simpler query.\"}"));
    }

    [Test]
    public async Task HtmlPage_With502_IsAnNginxPageAsTextHtml()
    {
        Server.Faults.Add(FakeDiscogsFault.HtmlPage(502));
        using var response = await Http.GetAsync("releases/249504");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>502 Bad Gateway</title>"));
    }

    [Test]
    public async Task Page_MatchesOnlyThatPageParameter()
    {
        var rule = Server.Faults.Add(FakeDiscogsFault.Status(500), pathPrefix: "/users/", page: 2, times: FakeDiscogsFaultRule.Forever);

        using var first = await Http.GetAsync(Collection + "?page=1&per_page=100");
        using var second = await Http.GetAsync(Collection + "?page=2&per_page=100");
        using var twelfth = await Http.GetAsync(Collection + "?page=12&per_page=100");

        Assert.That((first.StatusCode, second.StatusCode, twelfth.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.NotFound)));
        Assert.That(rule.Fired, Is.EqualTo(1));
    }

    [Test]
    public async Task Delay_LongerThanTheClientTimeout_ClientTimesOutAndTheFakeStopsWaiting()
    {
        Server.Faults.Add(FakeDiscogsFault.Delay(TimeSpan.FromSeconds(30)));
        using var impatient = Server.CreateHttpClient(timeout: TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        Assert.That(async () => await impatient.GetAsync("releases/249504"), Throws.InstanceOf<TaskCanceledException>());
        await Server.Log.WaitForTotalAsync(1, TimeSpan.FromSeconds(5));

        Assert.That(Server.Log.Snapshot().Single().Status, Is.EqualTo(FakeDiscogsRequestLog.ClientClosedRequest));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public async Task Delay_ShorterThanTheTimeout_ThenServesNormally()
    {
        Server.Faults.Add(FakeDiscogsFault.Delay(TimeSpan.FromMilliseconds(150)));
        var watch = Stopwatch.StartNew();
        using var response = await Http.GetAsync("releases/249504");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(140)));
    }

    [Test]
    public async Task Abort_DropsTheConnection_ClientGetsHttpRequestExceptionAndNextRequestWorks()
    {
        Server.Faults.Add(FakeDiscogsFault.Abort());

        Assert.That(async () => await Http.GetAsync("releases/249504"), Throws.InstanceOf<HttpRequestException>());
        using var next = await Http.GetAsync("releases/249504");

        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Server.Log.Snapshot()[0].Status, Is.Zero);
    }

    [Test]
    public async Task TruncatedJson_Is200WithAPrefixOfTheRealBodyThatDoesNotParse()
    {
        Server.Faults.Add(FakeDiscogsFault.TruncatedJson());
        using var response = await Http.GetAsync("releases/249504");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(TestPaths.ReadFixture("discogs", "release_249504.json"), Does.StartWith(body));
        Assert.That(() => JsonDocument.Parse(body), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public async Task HtmlPage_With200_IsTextHtmlWithStatusOk()
    {
        Server.Faults.Add(FakeDiscogsFault.HtmlPage());
        using var response = await Http.GetAsync("oauth/identity");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
    }

    [Test]
    public async Task ShortAndEmptyPage_DropItemsButKeepTheTotals()
    {
        Server.Faults.Add(FakeDiscogsFault.ShortPage(3), page: 1);
        Server.Faults.Add(FakeDiscogsFault.EmptyPage(), page: 2);

        var (shortTotal, shortItems) = await PageAsync(1);
        var (emptyTotal, emptyItems) = await PageAsync(2);
        var (_, healedItems) = await PageAsync(1);

        Assert.That((shortTotal, shortItems.Count), Is.EqualTo((250, 97)));
        Assert.That(shortItems, Is.EqualTo(Server.Data.InstanceIds().Take(97)));
        Assert.That((emptyTotal, emptyItems.Count), Is.EqualTo((250, 0)));
        Assert.That(healedItems, Has.Count.EqualTo(100));
    }

    [Test]
    public async Task ChangeDataAfter_ServesThisPageUnchangedAndTheNextWithTheNewTotal()
    {
        Server.Faults.Add(FakeDiscogsFault.ChangeDataAfter(d => d.AddNewestItems(5)), page: 1);

        var (before, _) = await PageAsync(1);
        var (after, _) = await PageAsync(2);

        Assert.That((before, after), Is.EqualTo((250, 255)));
    }

    [Test]
    public async Task Reply_ServesTheGivenBodyVerbatim()
    {
        var recorded = TestPaths.ReadFixture("discogs", "collection_folder_0_releases_page1.json");
        Server.Faults.Add(FakeDiscogsFault.Reply(200, recorded), pathPrefix: "/users/");
        using var response = await Http.GetAsync(Collection);

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(recorded));
    }

    [Test]
    public async Task Faults_AreNotReachedByUnauthenticatedOrThrottledRequests()
    {
        var rule = Server.Faults.Add(FakeDiscogsFault.Status(500), times: FakeDiscogsFaultRule.Forever);
        using var anonymous = Server.CreateHttpClient(token: null);
        using var response = await anonymous.GetAsync("oauth/identity");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(rule.Matched, Is.Zero);
    }

    private async Task<(int Total, List<long> InstanceIds)> PageAsync(int page)
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync($"{Collection}?page={page}&per_page=100"));
        var root = document.RootElement;
        return (root.GetProperty("pagination").GetProperty("items").GetInt32(),
                root.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("instance_id").GetInt64()).ToList());
    }
}
