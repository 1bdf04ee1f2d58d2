using CollectionSite.Domain;

namespace CollectionSite.Tests.Domain;

/// <summary>Discogs writes an unknown month or day as "00": only the known parts are shown and used.</summary>
[TestFixture]
public sealed class PartialDateTests
{
    [TestCase("1975-00-00", "1975")]
    [TestCase("1975-03-00", "1975-03")]
    [TestCase("1975-00-12", "1975")]
    [TestCase("1977-09-23", "1977-09-23")]
    [TestCase("1975", "1975")]
    [TestCase("1975-03", "1975-03")]
    [TestCase(" 1999-00-00 ", "1999")]
    [TestCase("1975-13-00", "1975")]
    [TestCase("1975-02-30", "1975-02")]
    [TestCase("0000-00-00", null)]
    [TestCase("0", null)]
    [TestCase("Unknown", "Unknown")]
    [TestCase(null, null)]
    public void Known_DiscogsDateText_KeepsOnlyTheKnownPrecision(string? released, string? expected) =>
        Assert.That(PartialDate.Known(released), Is.EqualTo(expected));

    [TestCase(1975, "1975-00-00", 1975)]
    [TestCase(null, "1968-03-00", 1968)]
    [TestCase(null, "0000-00-00", null)]
    [TestCase(null, null, null)]
    public void KnownYear_YearOrReleaseDate_UsesTheKnownParts(int? year, string? released, int? expected)
    {
        var release = Fakes.InMemoryDiscogsApi.SampleRelease(1) with { Year = year, Released = released };

        Assert.That(release.KnownYear(), Is.EqualTo(expected));
    }
}
