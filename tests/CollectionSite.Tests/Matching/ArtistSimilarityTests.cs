using CollectionSite.Matching;

namespace CollectionSite.Tests.Matching;

public sealed class ArtistSimilarityTests
{
    [TestCase("Simon & Garfunkel", "Simon and Garfunkel")]
    [TestCase("Jay-Z & Kanye West", "JAY-Z, Kanye West")]
    [TestCase("Prince And The Revolution", "Prince & The Revolution")]
    [TestCase("Crosby, Stills, Nash & Young", "Crosby, Stills, Nash & Young")]
    [TestCase("Florence And The Machine", "Florence + The Machine")]
    [TestCase("Nirvana", "Nirvana (UK)")]
    [TestCase("Кино", "Kino")]
    [TestCase("Björk", "Bjork")]
    public void Of_SameArtistsSpelledOtherwise_One(string discogs, string store) =>
        Assert.That(ArtistSimilarity.Of([discogs], [store]), Is.EqualTo(1).Within(1e-9));

    [Test]
    public void Of_SpotifyListAgainstJoinedCredit_One() =>
        Assert.That(ArtistSimilarity.Of(["The Velvet Underground & Nico"], ["The Velvet Underground", "Nico"]), Is.EqualTo(1).Within(1e-9));

    [Test]
    public void Of_FeaturedArtistDroppedByStore_StillHigh() =>
        Assert.That(ArtistSimilarity.Of(["Santana Featuring Rob Thomas"], ["Santana"]), Is.GreaterThan(0.8));

    [Test]
    public void Of_OnlyTheSecondArtist_Low() =>
        Assert.That(ArtistSimilarity.Of(["Jay-Z & Kanye West"], ["Kanye West"]), Is.LessThan(0.7));

    [TestCase("Blur", "Blue")]
    [TestCase("Queen", "ABBA")]
    [TestCase("Tool", "Vitamin String Quartet")]
    public void Of_DifferentArtists_Low(string discogs, string store) =>
        Assert.That(ArtistSimilarity.Of([discogs], [store]), Is.LessThan(0.8));

    [Test]
    public void Of_AnyOfTheCreditSpellings_Counts() =>
        Assert.That(ArtistSimilarity.Of(["坂本龍一", "Ryuichi Sakamoto"], ["Ryuichi Sakamoto"]), Is.EqualTo(1).Within(1e-9));

    [TestCase("Bob Marley & The Wailers", new[] { "Bob Marley", "The Wailers" })]
    [TestCase("Low (US)", new[] { "Low" })]
    [TestCase("A feat. B / C vs. D – E", new[] { "A", "B", "C", "D", "E" })]
    [TestCase("Jay-Z", new[] { "Jay-Z" })]
    public void Names_JoinStrings_Split(string credit, string[] expected) =>
        Assert.That(ArtistSimilarity.Names(credit), Is.EqualTo(expected));

    [TestCase("Various Artists", true)]
    [TestCase("Verschiedene Interpreten", true)]
    [TestCase("Various", true)]
    [TestCase("Various Cruelties", false)]
    public void IsVariousArtists_StoreNames_Recognised(string name, bool expected) =>
        Assert.That(ArtistSimilarity.IsVariousArtists(name), Is.EqualTo(expected));
}
