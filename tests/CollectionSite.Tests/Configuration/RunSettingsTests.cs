using CollectionSite.Configuration;

namespace CollectionSite.Tests.Configuration;

public sealed class RunSettingsTests
{
    [TestCase("45s", 45)]
    [TestCase("20m", 1200)]
    [TestCase("5h30m", 19800)]
    [TestCase("1h0m1s", 3601)]
    [TestCase(" 2H ", 7200)]
    public void Parse_CommandLineForms_Seconds(string text, int seconds) =>
        Assert.That(DurationText.Parse(text), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [TestCase("")]
    [TestCase("5")]
    [TestCase("5x")]
    [TestCase("30m5h")]
    [TestCase("0s")]
    [TestCase("-5m")]
    [TestCase("1.5h")]
    [TestCase("99999999h")]
    public void Parse_NotADuration_Null(string text) => Assert.That(DurationText.Parse(text), Is.Null);

    [TestCase(45, "45s")]
    [TestCase(19800, "5h30m")]
    [TestCase(3601, "1h1s")]
    public void Format_ReadsBack(int seconds, string text)
    {
        Assert.That(DurationText.Format(TimeSpan.FromSeconds(seconds)), Is.EqualTo(text));
        Assert.That(DurationText.Parse(text), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void Read_BadMaxDuration_OneLineNamingTheKeyOptionAndForm()
    {
        var sources = new ConfigurationSources("none.json", false, "none-secrets.json", false, new Dictionary<string, string?> { [RunSettings.MaxDurationKey] = "5x" });

        var ex = Assert.Throws<ConfigurationException>(() => SettingsReader.Read(ConfigurationLoader.Build(sources), sources, SettingsRequirement.None));

        Assert.That(ex!.Message, Does.Contain("Run:MaxDuration (--max-duration)").And.Contain("5h30m").And.Contain("'5x'").And.Contain("from the command line").And.Not.Contain("\n"));
    }

    [Test]
    public void Read_FullListingDaysOutOfRange_NamesTheKey()
    {
        var sources = new ConfigurationSources("none.json", false, "none-secrets.json", false, new Dictionary<string, string?> { ["Discogs:FullListingDays"] = "-1" });

        var ex = Assert.Throws<ConfigurationException>(() => SettingsReader.Read(ConfigurationLoader.Build(sources), sources, SettingsRequirement.None));

        Assert.That(ex!.Message, Does.StartWith("Discogs:FullListingDays must be a whole number from 0 to 365"));
    }

    [Test]
    public void Read_Defaults_NoBudgetAndAWeekBetweenFullListings()
    {
        var sources = new ConfigurationSources("none.json", false, "none-secrets.json", false, new Dictionary<string, string?>());

        var settings = SettingsReader.Read(ConfigurationLoader.Build(sources), sources, SettingsRequirement.None);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Run.MaxDuration, Is.Null);
            Assert.That(settings.Discogs.FullListingDays, Is.EqualTo(7));
        });
    }
}
