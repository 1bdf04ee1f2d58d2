using CollectionSite.Domain;
using CollectionSite.Rendering.Text;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class DiscogsNamesTests
{
    [TestCase("Orion (2)", "Orion")]
    [TestCase("Death Row Records (2)", "Death Row Records")]
    [TestCase("(2)", "(2)")]
    [TestCase("The (Hypothetical) Prophets", "The (Hypothetical) Prophets")]
    public void StripDisambiguation_Name_RemovesOnlyTheTrailingNumber(string name, string expected) =>
        Assert.That(DiscogsNames.StripDisambiguation(name), Is.EqualTo(expected));

    [TestCase("&", "A & B")]
    [TestCase("Featuring", "A Featuring B")]
    [TestCase(",", "A, B")]
    [TestCase("–", "A – B")]
    [TestCase(null, "A, B")]
    [TestCase("/", "A / B")]
    public void Display_TwoCredits_JoinsWithTheFirstCreditsJoin(string? join, string expected) =>
        Assert.That(DiscogsNames.Display([Credit("A", join: join), Credit("B", join: "&")]), Is.EqualTo(expected));

    [Test]
    public void Display_AnvAndNumberedName_UsesAnvElseStrippedName() =>
        Assert.That(DiscogsNames.Display([Credit("Dr. Know (4)", anv: "Dr.No", join: "Featuring"), Credit("Royal (4)")]), Is.EqualTo("Dr.No Featuring Royal"));

    [Test]
    public void Display_Various_StaysVarious() =>
        Assert.That(DiscogsNames.Display([new ArtistCredit(194, "Various", null, null, null, null)]), Is.EqualTo("Various"));

    [Test]
    public void Display_RealReleases_MatchDiscogs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DiscogsNames.Display(DiscogsFixtures.Release(DiscogsFixtures.Release1287017).Artists), Is.EqualTo("Ravel – Charles Munch, Orchestre De Paris"));
            Assert.That(DiscogsNames.Display(DiscogsFixtures.Release(DiscogsFixtures.Release6895819).Artists), Is.EqualTo("Former Ghosts, Funeral Advantage"));
            Assert.That(DiscogsNames.Display(DiscogsFixtures.Release(DiscogsFixtures.Release3329867).Artists), Is.EqualTo("Trash80 & Dma-Sc"));
        });
    }

    private static ArtistCredit Credit(string name, string? anv = null, string? join = null) => new(1, name, anv, join, null, null);
}
