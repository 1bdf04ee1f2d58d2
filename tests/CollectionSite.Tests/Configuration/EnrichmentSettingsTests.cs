using CollectionSite.Configuration;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Configuration;

/// <summary>The enrichment sources' keys: polite defaults, the Wikimedia contact shared by Wikipedia and Wikidata, one-line errors.</summary>
public sealed class EnrichmentSettingsTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("enrichment-settings");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Read_NothingSet_PoliteDefaultsAndWikimediaSourcesOff()
    {
        var settings = Read([]);

        Assert.Multiple(() =>
        {
            Assert.That((settings.AppleMusic.RequestsPerMinute, settings.AppleMusic.TimeoutSeconds), Is.EqualTo((120, 30)));
            Assert.That((settings.Spotify.RequestsPerWindow, settings.Spotify.RateLimitWindowSeconds, settings.Spotify.TimeoutSeconds), Is.EqualTo((50, 30, 30)));
            Assert.That((settings.Wikipedia.BaseUrl, settings.Wikipedia.RequestsPerMinute, settings.Wikipedia.IsConfigured), Is.EqualTo(("https://en.wikipedia.org", 200, false)));
            Assert.That((settings.Wikidata.BaseUrl, settings.Wikidata.RequestsPerMinute, settings.Wikidata.IsConfigured), Is.EqualTo(("https://www.wikidata.org", 200, false)));
        });
    }

    [TestCase("collector@example.org")]
    [TestCase("https://example.org/about")]
    public void Read_WikipediaContact_TurnsOnWikipediaAndWikidata(string contact)
    {
        var settings = Read(new() { ["COLLECTIONSITE_Wikipedia__Contact"] = contact });

        Assert.That((settings.Wikipedia.Contact, settings.Wikidata.Contact), Is.EqualTo((contact, contact)));
        Assert.That(settings.Wikipedia.IsConfigured && settings.Wikidata.IsConfigured, Is.True);
    }

    [TestCase("Jane Collector")]
    [TestCase("jane@")]
    [TestCase("ftp://example.org")]
    [TestCase("me@example.org (Jane)")]
    public void Read_ContactNeitherMailNorUrl_OneLineNamingKeyAndSource(string contact)
    {
        var error = Assert.Throws<ConfigurationException>(() => Read(new() { ["COLLECTIONSITE_Wikipedia__Contact"] = contact }));

        Assert.That(error!.Message, Does.StartWith("Wikipedia:Contact must be an e-mail address or an http(s) URL")
            .And.Contain("from environment variable COLLECTIONSITE_Wikipedia__Contact").And.Not.Contain('\n'));
    }

    [Test]
    public void Read_EveryNewKeyFromTheEnvironment_Bound()
    {
        var settings = Read(new()
        {
            ["COLLECTIONSITE_AppleMusic__RequestsPerMinute"] = "30",
            ["COLLECTIONSITE_AppleMusic__TimeoutSeconds"] = "12",
            ["COLLECTIONSITE_Spotify__RequestsPerWindow"] = "20",
            ["COLLECTIONSITE_Spotify__RateLimitWindowSeconds"] = "10",
            ["COLLECTIONSITE_Spotify__TimeoutSeconds"] = "9",
            ["COLLECTIONSITE_Wikipedia__BaseUrl"] = "https://de.wikipedia.org/",
            ["COLLECTIONSITE_Wikipedia__RequestsPerMinute"] = "60",
            ["COLLECTIONSITE_Wikipedia__TimeoutSeconds"] = "8",
            ["COLLECTIONSITE_Wikidata__BaseUrl"] = "http://127.0.0.1:9000/wikidata",
            ["COLLECTIONSITE_Wikidata__RequestsPerMinute"] = "40",
            ["COLLECTIONSITE_Wikidata__TimeoutSeconds"] = "7",
        });

        Assert.Multiple(() =>
        {
            Assert.That((settings.AppleMusic.RequestsPerMinute, settings.AppleMusic.TimeoutSeconds), Is.EqualTo((30, 12)));
            Assert.That((settings.Spotify.RequestsPerWindow, settings.Spotify.RateLimitWindowSeconds, settings.Spotify.TimeoutSeconds), Is.EqualTo((20, 10, 9)));
            Assert.That((settings.Wikipedia.BaseUrl, settings.Wikipedia.RequestsPerMinute, settings.Wikipedia.TimeoutSeconds), Is.EqualTo(("https://de.wikipedia.org", 60, 8)));
            Assert.That((settings.Wikidata.BaseUrl, settings.Wikidata.RequestsPerMinute, settings.Wikidata.TimeoutSeconds), Is.EqualTo(("http://127.0.0.1:9000/wikidata", 40, 7)));
        });
    }

    [TestCase("COLLECTIONSITE_Spotify__RequestsPerWindow", "0", "Spotify:RequestsPerWindow must be a whole number from 1 to 6000")]
    [TestCase("COLLECTIONSITE_AppleMusic__RequestsPerMinute", "fast", "AppleMusic:RequestsPerMinute must be a whole number")]
    [TestCase("COLLECTIONSITE_Wikidata__BaseUrl", "www.wikidata.org", "Wikidata:BaseUrl must be an absolute http(s) URL")]
    public void Read_BadValue_OneLineNamingTheKey(string variable, string value, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => Read(new() { [variable] = value }));

        Assert.That(error!.Message, Does.StartWith(message).And.Contain(variable));
    }

    private AppSettings Read(Dictionary<string, string?> environment)
    {
        var sources = new ConfigurationSources(Path.Combine(folder, "collectionsite.json"), false, Path.Combine(folder, "secrets.json"), false, new Dictionary<string, string?>());
        return SettingsReader.Read(ConfigurationLoader.Build(sources, environment), sources, SettingsRequirement.None);
    }
}
