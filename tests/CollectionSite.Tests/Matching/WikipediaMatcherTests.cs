using CollectionSite.Clients.Http;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Matching;
using CollectionSite.Tests.Matching.Fakes;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class WikipediaMatcherTests
{
    private static readonly WikipediaArticle ToolBand = Article("Tool (band)", "American rock band", "Tool is an American rock band from Los Angeles, with Maynard James Keenan.");
    private static readonly WikipediaArticle ToolObject = Article("Tool", "Object used to achieve a goal", "A tool is an object that can extend an individual's ability.");

    private InMemoryWikipediaApi wikipedia = new();
    private InMemoryWikidataApi wikidata = new();

    [SetUp]
    public void SetUp()
    {
        wikipedia = new();
        wikidata = new();
    }

    [Test]
    public async Task MatchAsync_DiscogsLink_LinkWithoutFurtherRequests()
    {
        wikipedia.Add(ToolBand);

        var outcome = await MatchAsync(Artist("Tool", urls: ["https://en.wikipedia.org/wiki/Tool_(band)"]));

        Assert.That((outcome.Match?.Title, outcome.Method, outcome.Confidence), Is.EqualTo(("Tool (band)", MatchMethod.Link, 1.0)));
        Assert.That(wikipedia.Calls, Is.EqualTo(new[] { "summary:Tool (band)" }));
        Assert.That(wikidata.CallCount, Is.Zero);
    }

    [Test]
    public async Task MatchAsync_LinkToDisambiguation_RefusedThenCrossref()
    {
        wikipedia.Add(Disambiguation("Yes")).Add(Article("Yes (band)", "English progressive rock band"));
        wikidata.Artists[37] = new CrossReference("Q1", "Yes (band)", null, null);

        var outcome = await MatchAsync(Artist("Yes", urls: ["https://en.wikipedia.org/wiki/Yes"]));

        Assert.That((outcome.Match?.Title, outcome.Method), Is.EqualTo(("Yes (band)", MatchMethod.Crossref)));
    }

    [Test]
    public async Task MatchAsync_LinkToArticleNotAboutMusic_RefusedThenSearched()
    {
        wikipedia.Add(ToolObject).Add(ToolBand);

        var outcome = await MatchAsync(Artist("Tool", urls: ["https://en.wikipedia.org/wiki/Tool"], members: ["Maynard James Keenan"]));

        Assert.That((outcome.Match?.Title, outcome.Method), Is.EqualTo(("Tool (band)", MatchMethod.Search)));
    }

    [Test]
    public async Task MatchAsync_CrossrefToDisambiguation_Refused()
    {
        wikipedia.Add(Disambiguation("Genesis"));
        wikidata.Artists[37] = new CrossReference("Q1", "Genesis", null, null);

        var outcome = await MatchAsync(Artist("Genesis"));

        Assert.That(outcome.IsMatch, Is.False);
        Assert.That(outcome.Candidates.Single().Score, Is.Zero);
    }

    [Test]
    public async Task MatchAsync_NoLinkNoCrossref_TriesTheMusicTitlesAndSearches()
    {
        wikipedia.Add(ToolObject).Add(ToolBand);

        var outcome = await MatchAsync(Artist("Tool"));

        Assert.That((outcome.Match?.Title, outcome.Method, outcome.Confidence), Is.EqualTo(("Tool (band)", MatchMethod.Search, 0.9)));
        Assert.That(wikipedia.Calls, Is.EqualTo(new[]
        {
            "summary:Tool", "summary:Tool (band)", "summary:Tool (musician)", "summary:Tool (singer)", "summary:Tool (rapper)", "summary:Tool (group)",
            $"search:\"Tool\" music|{WikipediaMatcher.SearchLimit}",
        }));
    }

    [Test]
    public async Task MatchAsync_SearchResultsTitledWithTheName_Fetched()
    {
        wikipedia.Add(Article("Air (French band)", "French music duo", "Air is a French music duo: Nicolas Godin and Jean-Benoît Dunckel."));
        wikipedia.SearchResults.AddRange(["Air (French band)", "Atmosphere of Earth"]);

        var outcome = await MatchAsync(Artist("Air", members: ["Nicolas Godin"]));

        Assert.That((outcome.Match?.Title, outcome.Confidence), Is.EqualTo(("Air (French band)", 1.0)));
        Assert.That(wikipedia.Calls, Does.Not.Contain("summary:Atmosphere of Earth"));
    }

    [Test]
    public async Task MatchAsync_OnlyADisambiguationPage_NoMatch()
    {
        wikipedia.Add(Disambiguation("Cold"));

        Assert.That((await MatchAsync(Artist("Cold"))).IsMatch, Is.False);
    }

    [Test]
    public async Task MatchAsync_TwoBandsOfTheName_NothingNamed_Ambiguous()
    {
        wikipedia.Add(Article("Nirvana (band)", "American rock band")).Add(Article("Nirvana (British band)", "English psychedelic pop band"));
        wikipedia.SearchResults.Add("Nirvana (British band)");

        var outcome = await MatchAsync(Artist("Nirvana"));

        Assert.That(outcome.IsMatch, Is.False);
        Assert.That(outcome.Candidates.Select(c => c.Score), Is.All.EqualTo(0.9));
    }

    [Test]
    public async Task MatchAsync_WikidataFails_SearchStillDecides()
    {
        wikipedia.Add(ToolBand);
        wikidata.Failure = new RemoteApiException("Wikidata answered 503");

        Assert.That((await MatchAsync(Artist("Tool"))).Match?.Title, Is.EqualTo("Tool (band)"));
    }

    [Test]
    public void MatchAsync_WikipediaFails_ErrorPropagates()
    {
        wikipedia.Failure = new RemoteApiException("Wikipedia answered 500");

        Assert.ThrowsAsync<RemoteApiException>(() => MatchAsync(Artist("Tool")));
    }

    [Test]
    public async Task MatchAsync_StricterWikipediaThreshold_UncorroboratedRefused()
    {
        wikipedia.Add(ToolBand);
        var settings = new MatchingSettings { WikipediaMinConfidence = 0.95 };

        var outcome = await new WikipediaMatcher(wikipedia, wikidata, settings).MatchAsync(ArtistLookup.From(Artist("Tool"), null), CancellationToken.None);

        Assert.That(outcome.IsMatch, Is.False);
    }

    [Test]
    public void CandidateTitles_NonLatinName_AlsoTransliterated() =>
        Assert.That(
            WikipediaMatcher.CandidateTitles(ArtistLookup.From(Artist("Кино"), null)),
            Does.Contain("Кино (band)").And.Contain("Kino (band)").And.Contain("Kino"));

    [Test]
    public void CandidateTitles_SearchTerm_First() =>
        Assert.That(WikipediaMatcher.CandidateTitles(ArtistLookup.From(Artist("Tool"), "Tool (American band)"))[0], Is.EqualTo("Tool (American band)"));

    private Task<MatchOutcome<WikipediaArticle>> MatchAsync(CollectionSite.Domain.Artist artist) =>
        new WikipediaMatcher(wikipedia, wikidata, new MatchingSettings()).MatchAsync(ArtistLookup.From(artist, null), CancellationToken.None);
}
