using CollectionSite.Matching;

namespace CollectionSite.Tests.Matching;

public sealed class AlbumDecisionTests
{
    [Test]
    public void Choose_BestBelowThreshold_None() =>
        Assert.That(AlbumDecision.Choose([(Album("1", "Kid A"), 0.84)], 0.85), Is.Null);

    [Test]
    public void Choose_BestAtThreshold_Taken() =>
        Assert.That(AlbumDecision.Choose([(Album("1", "Kid A"), 0.85)], 0.85)?.Id, Is.EqualTo("1"));

    [Test]
    public void Choose_OtherAlbumWithinMargin_Ambiguous() =>
        Assert.That(AlbumDecision.Choose([(Album("teal", "Weezer (Teal Album)"), 0.9), (Album("black", "Weezer (Black Album)"), 0.9)], 0.85), Is.Null);

    [Test]
    public void Choose_OtherAlbumBeyondMargin_BestTaken() =>
        Assert.That(AlbumDecision.Choose([(Album("green", "Weezer (Green Album)"), 0.72), (Album("blue", "Weezer (Blue Album)"), 0.9)], 0.85)?.Id, Is.EqualTo("blue"));

    [Test]
    public void Choose_TwoEditionsOfOneAlbum_NotRivals() =>
        Assert.That(AlbumDecision.Choose([(Album("std", "Abbey Road"), 0.9), (Album("rem", "Abbey Road (Remastered)"), 0.9)], 0.85)?.Id, Is.EqualTo("std"));

    [Test]
    public void Choose_EqualScoresOfOneAlbum_StoreOrderKept() =>
        Assert.That(AlbumDecision.Choose([(Album("b", "Abbey Road (Remastered)"), 0.9), (Album("a", "Abbey Road"), 0.9)], 0.85)?.Id, Is.EqualTo("b"));

    [Test]
    public void Choose_SameTitleOtherArtist_IsARival() =>
        Assert.That(AlbumDecision.Choose([(Album("1", "Pink", "Boris"), 0.9), (Album("2", "Pink", "Four Tet"), 0.88)], 0.85), Is.Null);

    [Test]
    public void Choose_Nothing_None() => Assert.That(AlbumDecision.Choose([], 0.85), Is.Null);

    [TestCase(0.1, 1.0, true)] // Led Zeppelin's "Untitled" is the store's "Led Zeppelin IV"
    [TestCase(0.1, 0.6, false)]
    [TestCase(1.0, 0.4, false)]
    [TestCase(0.5, 0.5, true)]
    public void IsPlausibleExact_ArtistMustAgree(double title, double artist, bool expected) =>
        Assert.That(AlbumDecision.IsPlausibleExact(new AlbumScore(title, artist, 1, 1, 1, 1)), Is.EqualTo(expected));

    private static AlbumCandidate Album(string id, string title, string artist = "Weezer") =>
        new(id, title, [artist], 2019, 10, AlbumKind.Album, false, null);
}
