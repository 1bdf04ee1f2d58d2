using System.Net;
using System.Text.Json;
using CollectionSite.Tests.Clients.AppleMusic;
using CollectionSite.Tests.Clients.Http;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Wikipedia;

/// <summary>Every recorded page summary and search body through the registered client.</summary>
public sealed class WikipediaClientTests
{
    public static IEnumerable<string> Summaries =>
        Directory.GetFiles(Path.Combine(TestPaths.RealFixtures, "wikipedia"), "summary_*.json").Select(Path.GetFileName).OfType<string>()
            .Where(name => !name.Contains("404", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Summaries))]
    public async Task GetSummaryAsync_RecordedSummary_TitleTypeUrlsAndRawJson(string fixture)
    {
        var json = TestPaths.ReadFixture("wikipedia", fixture);
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, json)));
        using var recorded = JsonDocument.Parse(json);
        var root = recorded.RootElement;

        var article = await wiki.Wikipedia.GetSummaryAsync(root.GetProperty("title").GetString()!, CancellationToken.None);

        var desktop = root.GetProperty("content_urls").GetProperty("desktop");
        Assert.Multiple(() =>
        {
            Assert.That(article!.Title, Is.EqualTo(root.GetProperty("titles").GetProperty("canonical").GetString()!.Replace('_', ' ')));
            Assert.That(article.Title, Does.Not.Contain('_'));
            Assert.That(article.Type, Is.EqualTo(root.GetProperty("type").GetString()));
            Assert.That((article.PageUrl, article.HistoryUrl), Is.EqualTo((desktop.GetProperty("page").GetString(), desktop.GetProperty("revisions").GetString())));
            Assert.That(article.Extract, Is.EqualTo(root.GetProperty("extract").GetString()));
            Assert.That(article.WikidataId, Is.EqualTo(root.TryGetProperty("wikibase_item", out var item) ? item.GetString() : null));
            Assert.That(article.Thumbnail is null, Is.EqualTo(!root.TryGetProperty("thumbnail", out _)));
            Assert.That(article.IsDisambiguation, Is.EqualTo(fixture.Contains("disambiguation", StringComparison.Ordinal)));
            Assert.That(article.RawJson, Is.EqualTo(json));
        });
    }

    [Test]
    public async Task GetSummaryAsync_Physics_ThumbnailDescriptionAndItem()
    {
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("wikipedia", "summary_physics_standard_2019.json"))));

        var article = await wiki.Wikipedia.GetSummaryAsync("Physics", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(article!.Thumbnail, Is.EqualTo(new CollectionSite.Domain.Enrichment.WikipediaImage(
                "https://upload.wikimedia.org/wikipedia/commons/thumb/9/9a/CollageFisica.jpg/320px-CollageFisica.jpg", 320, 231)));
            Assert.That((article.Description, article.WikidataId), Is.EqualTo(("Study of the fundamental properties of matter and energy", "Q413")));
            Assert.That(article.HistoryUrl, Is.EqualTo("https://en.wikipedia.org/wiki/Physics?action=history"));
        });
    }

    [Test]
    public async Task GetSummaryAsync_DartWithUnderscoredCanonicalTitle_TitleWithSpaces()
    {
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("wikipedia", "summary_dart_programming_language_2026.json"))));

        var article = await wiki.Wikipedia.GetSummaryAsync("Dart (programming language)", CancellationToken.None);

        Assert.That((article!.Title, article.Type, article.IsDisambiguation), Is.EqualTo(("Dart (programming language)", "standard", false)));
    }

    [Test]
    public async Task GetSummaryAsync_NotFound_NullFromTheRecorded404()
    {
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(
            StubHttpMessageHandler.Reply(HttpStatusCode.NotFound, TestPaths.ReadFixture("wikipedia", "summary_404_not_found.json"), "application/problem+json")));

        Assert.That(await wiki.Wikipedia.GetSummaryAsync("Sadsd", CancellationToken.None), Is.Null);
    }

    [TestCase("Tool (band)", "/en-wiki/api/rest_v1/page/summary/Tool_%28band%29")]
    [TestCase("AC/DC", "/en-wiki/api/rest_v1/page/summary/AC%2FDC")]
    [TestCase("Sigur Rós", "/en-wiki/api/rest_v1/page/summary/Sigur_R%C3%B3s")]
    public async Task GetSummaryAsync_Title_SentWithUnderscoresAndPercentEncoded(string title, string path)
    {
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.NotFound)));

        await wiki.Wikipedia.GetSummaryAsync(title, CancellationToken.None);

        Assert.That(wiki.Stub.Requests.Single().Uri.AbsolutePath, Is.EqualTo(path));
    }

    [Test]
    public async Task SearchTitlesAsync_FormatVersion2_TitlesBestFirstAndTheQueryAsDocumented()
    {
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("wikipedia", "constructed_search_tool_band_formatversion2.json"))));

        var titles = await wiki.Wikipedia.SearchTitlesAsync("Tool band", 3, CancellationToken.None);

        var request = wiki.Stub.Requests.Single();
        var query = AppleMusicClientTests.Query(request.Uri);
        Assert.Multiple(() =>
        {
            Assert.That(titles, Is.EqualTo(new[] { "Tool (band)", "Tool", "Sigur Rós" }));
            Assert.That(request.Uri.AbsolutePath, Is.EqualTo("/en-wiki/w/api.php"));
            Assert.That(query, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["action"] = "query", ["list"] = "search", ["srsearch"] = "Tool band", ["srnamespace"] = "0", ["srlimit"] = "3",
                ["format"] = "json", ["formatversion"] = "2", ["utf8"] = "1",
            }));
        });
    }

    [Test]
    public async Task SearchTitlesAsync_RecordedFormatVersion1_TitlesUnescaped()
    {
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("wikipedia", "search_list_pralognan_frwiki_2020.json"))));

        var titles = await wiki.Wikipedia.SearchTitlesAsync("pralognan", 100, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(titles, Has.Count.EqualTo(10));
            Assert.That(titles.Take(3), Is.EqualTo(new[] { "Pralognan-la-Vanoise", "Hockey Courchevel Méribel Pralognan", "Doron de Pralognan" }));
            Assert.That(AppleMusicClientTests.Query(wiki.Stub.Requests.Single().Uri)["srlimit"], Is.EqualTo("50"));
        });
    }

    [Test]
    public async Task SearchTitlesAsync_ActionApiErrorWith200_ItemErrorQuotingIt()
    {
        await using var wiki = WikipediaServices.Wikipedias(new StubHttpMessageHandler(StubHttpMessageHandler.Status(HttpStatusCode.OK, TestPaths.ReadFixture("wikidata", "constructed_error_badvalue.json"))));

        var error = Assert.ThrowsAsync<CollectionSite.Clients.Http.RemoteApiException>(() => wiki.Wikipedia.SearchTitlesAsync("x", 5, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("badvalue").And.Contain("Unrecognized value"));
    }
}
