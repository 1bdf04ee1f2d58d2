using CollectionSite.Configuration;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Configuration;

public sealed class SettingsReaderTests
{
    private string folder = string.Empty;

    [SetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("settings");

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Read_EverythingMissing_UsesDefaults()
    {
        var settings = Read(SettingsRequirement.None);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Discogs.BaseUrl, Is.EqualTo("https://api.discogs.com"));
            Assert.That(settings.Discogs.RequestsPerMinute, Is.EqualTo(60));
            Assert.That(settings.Paths.Output, Is.EqualTo("site-output"));
            Assert.That(settings.Paths.State, Is.EqualTo(".collectionsite"));
        });
    }

    [Test]
    public void Read_MissingToken_NamesKeyFileAndEnvironmentVariable()
    {
        File.WriteAllText(SettingsFile, """{ "Discogs": { "Username": "bob" } }""");

        var error = Assert.Throws<ConfigurationException>(() => Read(SettingsRequirement.DiscogsAccount));

        Assert.That(error!.Message, Does.Contain("Discogs:Token is missing").And.Contain("secrets.json").And.Contain("COLLECTIONSITE_Discogs__Token"));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    [Test]
    public void Read_MalformedSecretsJson_ReportsFileAndLine()
    {
        File.WriteAllText(SecretsFile, "{\n  \"Discogs\": {\n    \"Token\": \"abc\"\n  \n");

        var error = Assert.Throws<ConfigurationException>(() => Read(SettingsRequirement.None));

        Assert.That(error!.Message, Does.Contain(SecretsFile).And.Contain("malformed JSON at line"));
    }

    [Test]
    public void Read_BadUrl_NamesKeyAndItsSource()
    {
        var environment = new Dictionary<string, string?> { ["COLLECTIONSITE_Discogs__BaseUrl"] = "ftp://nope" };

        var error = Assert.Throws<ConfigurationException>(() => Read(SettingsRequirement.None, environment));

        Assert.That(error!.Message, Does.Contain("Discogs:BaseUrl").And.Contain("from environment variable COLLECTIONSITE_Discogs__BaseUrl"));
    }

    [Test]
    public void Read_NonNumericRate_NamesKeyAndFile()
    {
        File.WriteAllText(SettingsFile, """{ "Discogs": { "RequestsPerMinute": "fast" } }""");

        var error = Assert.Throws<ConfigurationException>(() => Read(SettingsRequirement.None));

        Assert.That(error!.Message, Does.Contain("Discogs:RequestsPerMinute").And.Contain("'fast'").And.Contain(SettingsFile));
    }

    [Test]
    public void Read_AllSources_LaterSourcesWin()
    {
        File.WriteAllText(SettingsFile, """{ "Discogs": { "Username": "from-settings", "RequestsPerMinute": 50 }, "Paths": { "Output": "from-settings" } }""");
        File.WriteAllText(SecretsFile, """{ "Discogs": { "Token": "from-secrets", "Username": "from-secrets" } }""");
        var environment = new Dictionary<string, string?>
        {
            ["COLLECTIONSITE_Discogs__Username"] = "from-env",
            ["COLLECTIONSITE_Paths__Output"] = "from-env",
            ["UNRELATED"] = "ignored",
        };
        var overrides = new Dictionary<string, string?> { ["Paths:Output"] = "from-cli" };

        var settings = Read(SettingsRequirement.DiscogsAccount, environment, overrides);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Discogs.Username, Is.EqualTo("from-env"));
            Assert.That(settings.Discogs.Token, Is.EqualTo("from-secrets"));
            Assert.That(settings.Discogs.RequestsPerMinute, Is.EqualTo(50));
            Assert.That(settings.Paths.Output, Is.EqualTo("from-cli"));
        });
    }

    [Test]
    public void Read_SpotifyClientIdWithoutSecret_NamesTheSecretsFile()
    {
        File.WriteAllText(SettingsFile, """{ "Spotify": { "ClientId": "abc" } }""");

        var error = Assert.Throws<ConfigurationException>(() => Read(SettingsRequirement.None));

        Assert.That(error!.Message, Does.Contain("Spotify:ClientSecret is missing").And.Contain("secrets.json").And.Contain("COLLECTIONSITE_Spotify__ClientSecret"));
    }

    [Test]
    public void Read_AppleMusicKeyPathMissing_SaysWhereTheKeyMustBe()
    {
        File.WriteAllText(SettingsFile, """{ "AppleMusic": { "TeamId": "T", "KeyId": "K", "PrivateKeyPath": "/nowhere/AuthKey_K.p8" } }""");

        var error = Assert.Throws<ConfigurationException>(() => Read(SettingsRequirement.None));

        Assert.That(error!.Message, Does.Contain("AppleMusic:PrivateKeyPath '/nowhere/AuthKey_K.p8' does not exist").And.Contain(SettingsFile));
    }

    [TestCase("Spotify:Market", "USA")]
    [TestCase("AppleMusic:Storefront", "u1")]
    public void Read_CountryCodeNotTwoLetters_NamesKeyAndValue(string key, string value)
    {
        var environment = new Dictionary<string, string?> { [ConfigurationSources.EnvironmentName(key)] = value };

        var error = Assert.Throws<ConfigurationException>(() => Read(SettingsRequirement.None, environment));

        Assert.That(error!.Message, Does.Contain($"{key} must be a two-letter country code").And.Contain($"'{value}'"));
    }

    [Test]
    public void Read_SourcesNotConfigured_AreOffAndDeclareNoSecrets()
    {
        var settings = Read(SettingsRequirement.None);

        Assert.Multiple(() =>
        {
            Assert.That(settings.AppleMusic.IsConfigured, Is.False);
            Assert.That(settings.Spotify.IsConfigured, Is.False);
            Assert.That(settings.Spotify.Market, Is.EqualTo("US"));
            Assert.That(settings.AppleMusic.Storefront, Is.EqualTo("us"));
            Assert.That(settings.Retry.MaxAttempts, Is.EqualTo(5));
            Assert.That(settings.Secrets, Is.Empty);
        });
    }

    [Test]
    public void Read_SecretsInEverySection_AllDeclared()
    {
        File.WriteAllText(SecretsFile, """{ "Discogs": { "Token": "d-token" }, "Spotify": { "ClientId": "id", "ClientSecret": "s-secret" }, "AppleMusic": { "TeamId": "T", "KeyId": "K", "PrivateKey": "pem-text" } }""");

        var settings = Read(SettingsRequirement.None);

        Assert.That(settings.Secrets, Is.EquivalentTo(new[] { "d-token", "s-secret", "pem-text" }));
    }

    [Test]
    public void Build_ExplicitConfigFileMissing_SaysSo()
    {
        var sources = new ConfigurationSources(Path.Combine(folder, "nope.json"), true, SecretsFile, false, new Dictionary<string, string?>());

        var error = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Build(sources, new Dictionary<string, string?>()));

        Assert.That(error!.Message, Does.Contain("nope.json").And.Contain("--config"));
    }

    private string SettingsFile => Path.Combine(folder, "collectionsite.json");

    private string SecretsFile => Path.Combine(folder, "secrets.json");

    private AppSettings Read(SettingsRequirement requirement, Dictionary<string, string?>? environment = null, Dictionary<string, string?>? overrides = null)
    {
        var sources = new ConfigurationSources(SettingsFile, false, SecretsFile, false, overrides ?? []);
        return SettingsReader.Read(ConfigurationLoader.Build(sources, environment ?? []), sources, requirement);
    }
}
