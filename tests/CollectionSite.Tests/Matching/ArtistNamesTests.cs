using CollectionSite.Matching;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class ArtistNamesTests
{
    [TestCase("Low (2)", "Low")]
    [TestCase("John Williams (27)", "John Williams")]
    [TestCase("Prince*", "Prince")]
    [TestCase("Persuader, The", "The Persuader")]
    [TestCase("Beatles, The", "The Beatles")]
    [TestCase("Blink-182", "Blink-182")]
    [TestCase("Sunn O)))", "Sunn O)))")]
    public void WithoutNumber_DiscogsDecorations_Removed(string name, string expected) =>
        Assert.That(ArtistNames.WithoutNumber(name), Is.EqualTo(expected));

    [TestCase("Low (2)", true)]
    [TestCase("Low", false)]
    [TestCase("Sunn O)))", false)]
    public void IsNumbered_DiscogsSuffix_Detected(string name, bool expected) =>
        Assert.That(ArtistNames.IsNumbered(name), Is.EqualTo(expected));

    [Test]
    public void Credited_Anv_WinsOverName() =>
        Assert.That(ArtistNames.Credited(Credit("Ryuichi Sakamoto", "坂本龍一")), Is.EqualTo("坂本龍一"));

    [Test]
    public void Credit_JoinStrings_PrintedBetweenNames() =>
        Assert.That(
            ArtistNames.Credit([Credit("Bob Marley", join: "&"), Credit("The Wailers (2)", join: ","), Credit("Lee Perry", join: "Featuring"), Credit("Max Romeo")]),
            Is.EqualTo("Bob Marley & The Wailers, Lee Perry Featuring Max Romeo"));

    [TestCase("Various", true)]
    [TestCase("Various (2)", true)]
    [TestCase("Various Artists", false)]
    public void IsVarious_DiscogsVarious_Recognised(string name, bool expected) =>
        Assert.That(ArtistNames.IsVarious(name), Is.EqualTo(expected));
}
