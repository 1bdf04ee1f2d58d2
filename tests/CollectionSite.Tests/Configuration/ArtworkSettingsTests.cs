using CollectionSite.Configuration;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Configuration;

public sealed class ArtworkSettingsTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("artwork-settings");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Read_NothingSet_Defaults()
    {
        var artwork = Read().Artwork;

        Assert.Multiple(() =>
        {
            Assert.That(artwork.Sources, Is.EqualTo(new[] { "override", "apple", "discogs-primary", "discogs-first" }));
            Assert.That(artwork.ArtistSources, Is.EqualTo(new[] { "override", "discogs-primary", "wikipedia" }));
            Assert.That(artwork.Sizes, Is.EqualTo(new[] { 1200, 600, 300 }));
            Assert.That((artwork.JpegQuality, artwork.WebPQuality, artwork.MaxSourcePixels), Is.EqualTo((85, 80, 2000)));
            Assert.That(artwork.MaxDownloadBytes, Is.EqualTo(30 * 1024 * 1024));
            Assert.That(artwork.MaxParallelism, Is.EqualTo(Environment.ProcessorCount));
        });
    }

    [Test]
    public void Read_JsonArrays_InOrderSizesLargestFirst()
    {
        File.WriteAllText(SettingsFile, """{ "Artwork": { "Sizes": [300, 1600, 800], "Sources": ["discogs-primary", "Override"], "JpegQuality": 90 } }""");

        var artwork = Read().Artwork;

        Assert.Multiple(() =>
        {
            Assert.That(artwork.Sizes, Is.EqualTo(new[] { 1600, 800, 300 }));
            Assert.That(artwork.Sources, Is.EqualTo(new[] { "discogs-primary", "override" }));
            Assert.That(artwork.JpegQuality, Is.EqualTo(90));
        });
    }

    [Test]
    public void Read_CommaSeparatedEnvironmentVariable_ReadAsAList() =>
        Assert.That(Read(new() { ["COLLECTIONSITE_Artwork__Sizes"] = "1000, 500" }).Artwork.Sizes, Is.EqualTo(new[] { 1000, 500 }));

    [Test]
    public void Read_IndexedEnvironmentVariables_ReadAsAList() =>
        Assert.That(Read(new() { ["COLLECTIONSITE_Artwork__Sizes__0"] = "700", ["COLLECTIONSITE_Artwork__Sizes__1"] = "350" }).Artwork.Sizes, Is.EqualTo(new[] { 700, 350 }));

    [TestCase("""{ "Artwork": { "Sizes": [600, 600] } }""", "Artwork:Sizes must be 1 to 8 different long edges")]
    [TestCase("""{ "Artwork": { "Sizes": ["big"] } }""", "Artwork:Sizes must be")]
    [TestCase("""{ "Artwork": { "Sizes": [] } }""", "Artwork:Sizes must be")]
    [TestCase("""{ "Artwork": { "Sources": ["flickr"] } }""", "Artwork:Sources must list each source at most once, best first, from override, apple, discogs-primary, discogs-first")]
    [TestCase("""{ "Artwork": { "Sources": ["wikipedia"] } }""", "Artwork:Sources must list")]
    [TestCase("""{ "Artwork": { "ArtistSources": ["apple"] } }""", "Artwork:ArtistSources must list each source at most once, best first, from override, discogs-primary, discogs-first, wikipedia")]
    [TestCase("""{ "Artwork": { "JpegQuality": 0 } }""", "Artwork:JpegQuality must be a whole number from 1 to 100")]
    [TestCase("""{ "Artwork": { "MaxDownloadBytes": 10 } }""", "Artwork:MaxDownloadBytes must be a whole number from 1024")]
    public void Read_BadValue_OneLineNamingTheKeyAndFile(string json, string message)
    {
        File.WriteAllText(SettingsFile, json);

        var error = Assert.Throws<ConfigurationException>(() => Read());

        Assert.That(error!.Message, Does.Contain(message).And.Contain(SettingsFile).And.Not.Contain('\n'));
    }

    private string SettingsFile => Path.Combine(folder, "collectionsite.json");

    private AppSettings Read(Dictionary<string, string?>? environment = null)
    {
        var sources = new ConfigurationSources(SettingsFile, false, Path.Combine(folder, "secrets.json"), false, new Dictionary<string, string?>());
        return SettingsReader.Read(ConfigurationLoader.Build(sources, environment ?? []), sources, SettingsRequirement.None);
    }
}
