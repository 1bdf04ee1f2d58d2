using CollectionSite.Matching;

namespace CollectionSite.Tests.Matching;

public sealed class TitlePartsTests
{
    [TestCase("Abbey Road (Deluxe Edition)", TitleMarker.Expanded)]
    [TestCase("Abbey Road (Remastered)", TitleMarker.Reissue)]
    [TestCase("Low (2017 Remaster)", TitleMarker.Reissue)]
    [TestCase("Rumours (35th Anniversary)", TitleMarker.Expanded)]
    [TestCase("Ace of Spades (Expanded Edition)", TitleMarker.Expanded)]
    [TestCase("Pet Sounds (Mono)", TitleMarker.Reissue)]
    [TestCase("Pet Sounds [Stereo]", TitleMarker.Reissue)]
    [TestCase("Fearless (Taylor's Version)", TitleMarker.Reissue)]
    [TestCase("Parachutes (Bonus Tracks)", TitleMarker.Expanded)]
    [TestCase("Parachutes (Bonus Track)", TitleMarker.Expanded)]
    [TestCase("Help! - Remastered 2009", TitleMarker.Reissue)]
    [TestCase("Blue Monday - Single", TitleMarker.SingleRelease)]
    [TestCase("A Flower Bookmark - EP", TitleMarker.EP)]
    [TestCase("Alive! (Live)", TitleMarker.Live)]
    [TestCase("Pulp Fiction (Music From The Motion Picture)", TitleMarker.Soundtrack)]
    [TestCase("Woodstock: Music from the Original Soundtrack and More", TitleMarker.Soundtrack)]
    public void Parse_EditionMarker_RemovedFromWork(string title, TitleMarker expected)
    {
        var parts = TitleParts.Parse(title);

        Assert.That(parts.Markers, Is.EqualTo(expected));
        Assert.That(parts.Work, Does.Not.Contain("(").And.Not.Contain(" - ").And.Not.Contain(": "));
    }

    [Test]
    public void Parse_OtherBracketedPart_KeptInWorkDroppedFromCore()
    {
        var parts = TitleParts.Parse("Weezer (Blue Album)");

        Assert.That(parts, Is.EqualTo(new TitleParts("Weezer (Blue Album)", "Weezer", TitleMarker.None)));
    }

    [Test]
    public void Parse_TitleThatIsOnlyBrackets_StaysWhole() =>
        Assert.That(TitleParts.Parse("( )"), Is.EqualTo(new TitleParts("( )", "( )", TitleMarker.None)));

    [TestCase("Live - Greatest Hits")]
    [TestCase("American III: Solitary Man")]
    public void Parse_DashOrColonSuffixThatIsNoMarker_KeptInTitle(string title) =>
        Assert.That(TitleParts.Parse(title).Work, Is.EqualTo(title));

    [Test]
    public void Halves_TranslatedTitle_EachHalf() =>
        Assert.That(TitleParts.Halves("ファンタズマ = Fantasma"), Is.EqualTo(new[] { "ファンタズマ", "Fantasma" }));

    [Test]
    public void Halves_NoEquals_WholeTitle() =>
        Assert.That(TitleParts.Halves("E=MC²"), Is.EqualTo(new[] { "E=MC²" }));
}
