using CollectionSite.Configuration;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Matching;

/// <summary>The Matching section (src/CollectionSite/Configuration/MatchingSettings.cs), read through the real settings reader.</summary>
public sealed class MatchingSettingsTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("matching-settings");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Read_NothingSet_DefaultForEverySource()
    {
        var matching = Read([]).Matching;

        Assert.That(
            new[] { matching.MinConfidence, matching.AppleMusicThreshold, matching.SpotifyThreshold, matching.WikipediaThreshold },
            Is.All.EqualTo(MatchingSettings.DefaultMinConfidence));
    }

    [Test]
    public void Read_SharedAndPerSource_PerSourceWins()
    {
        var matching = Read(new()
        {
            ["COLLECTIONSITE_Matching__MinConfidence"] = "0.9",
            ["COLLECTIONSITE_Matching__Wikipedia__MinConfidence"] = "0.95",
        }).Matching;

        Assert.That((matching.AppleMusicThreshold, matching.SpotifyThreshold, matching.WikipediaThreshold), Is.EqualTo((0.9, 0.9, 0.95)));
    }

    [TestCase("Matching__MinConfidence", "high", "Matching:MinConfidence")]
    [TestCase("Matching__Spotify__MinConfidence", "1.5", "Matching:Spotify:MinConfidence")]
    [TestCase("Matching__AppleMusic__MinConfidence", "-0.1", "Matching:AppleMusic:MinConfidence")]
    [TestCase("Matching__Wikipedia__MinConfidence", "", "Matching:Wikipedia:MinConfidence")]
    public void Read_BadValue_OneLineNamingKeyAndSource(string variable, string value, string key)
    {
        var error = Assert.Throws<ConfigurationException>(() => Read(new() { [$"COLLECTIONSITE_{variable}"] = value }));

        Assert.That(error!.Message, Does.Contain(key).And.Contain("from 0 to 1").And.Contain($"COLLECTIONSITE_{variable}"));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    private AppSettings Read(Dictionary<string, string?> environment)
    {
        var sources = new ConfigurationSources(Path.Combine(folder, "collectionsite.json"), false, Path.Combine(folder, "secrets.json"), false, new Dictionary<string, string?>());
        return SettingsReader.Read(ConfigurationLoader.Build(sources, environment), sources, SettingsRequirement.None);
    }
}
