using CollectionSite.Matching;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class ArticleScorerTests
{
    private static readonly CollectionSite.Domain.Enrichment.WikipediaArticle LowBand =
        Article("Low (band)", "American indie rock band", "Low was an American indie rock band from Duluth, Minnesota, led by Alan Sparhawk and Mimi Parker.");

    [Test]
    public void Score_Disambiguation_Zero() =>
        Assert.That(ArticleScorer.Score(Lookup("Low"), Disambiguation("Low")), Is.Zero);

    [Test]
    public void Score_NotAboutMusic_Low() =>
        Assert.That(ArticleScorer.Score(Lookup("Heart"), Article("Heart", "Organ that pumps blood")), Is.EqualTo(0.1));

    [Test]
    public void Score_OtherName_AtMostHalf() =>
        Assert.That(ArticleScorer.Score(Lookup("The Persuader"), Article("The Persuaders", "American soul vocal group")), Is.LessThanOrEqualTo(0.5));

    [Test]
    public void Score_MemberNamed_One() =>
        Assert.That(ArticleScorer.Score(Lookup("Low", members: ["Alan Sparhawk"]), LowBand), Is.EqualTo(1));

    [Test]
    public void Score_NothingNamed_NinetyPercent() =>
        Assert.That(ArticleScorer.Score(Lookup("Low"), LowBand), Is.EqualTo(0.9));

    [Test]
    public void Score_NumberedNameNothingNamed_BelowDefaultThreshold() =>
        Assert.That(ArticleScorer.Score(Lookup("Low (2)", members: ["Someone Else"]), LowBand), Is.EqualTo(0.6));

    [Test]
    public void Score_PersonArticleForAGroup_Reduced() =>
        Assert.That(
            ArticleScorer.Score(Lookup("Sade", members: ["Sade Adu"]), Article("Sade (singer)", "British-Nigerian singer", "Known as Sade Adu.")),
            Is.EqualTo(ArticleScorer.OtherKind));

    [Test]
    public void Score_RedirectFromTheName_CountsAsTheName() =>
        Assert.That(
            ArticleScorer.Score(Lookup("Sade Adu", groups: ["Sade"]), Article("Sade (singer)", "British-Nigerian singer", "Helen Folasade Adu."), "Sade Adu"),
            Is.EqualTo(0.9));

    private static ArtistLookup Lookup(string name, string[]? members = null, string[]? groups = null) =>
        ArtistLookup.From(Artist(name, members: members, groups: groups), null);
}
