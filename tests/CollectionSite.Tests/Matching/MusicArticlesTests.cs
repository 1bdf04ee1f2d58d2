using CollectionSite.Matching;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class MusicArticlesTests
{
    [Test]
    public void IsDisambiguation_TypeDisambiguation_True() =>
        Assert.That(MusicArticles.IsDisambiguation(Disambiguation("Low")), Is.True);

    [TestCase("Topics referred to by the same term", "Cold may refer to:")]
    [TestCase(null, "Cold may refer to:")]
    public void IsDisambiguation_StandardTypeWithItsMarks_True(string? description, string extract) =>
        Assert.That(MusicArticles.IsDisambiguation(Article("Cold", description, extract)), Is.True);

    [Test]
    public void IsDisambiguation_DisambiguationTitle_True() =>
        Assert.That(MusicArticles.IsDisambiguation(Article("Tool (disambiguation)", "Wikimedia list")), Is.True);

    [Test]
    public void IsDisambiguation_Band_False() =>
        Assert.That(MusicArticles.IsDisambiguation(Article("Tool (band)", "American rock band")), Is.False);

    [TestCase("Tool (band)", "American rock band", "")]
    [TestCase("Prince (musician)", "American musician (1958–2016)", "")]
    [TestCase("Björk", "Icelandic singer (born 1965)", "")]
    [TestCase("Daft Punk", "French electronic music duo", "")]
    [TestCase("John Williams", "American composer and conductor", "")]
    [TestCase("Air (French band)", null, "Air is a French music duo from Versailles.")]
    [TestCase("Nine Inch Nails", "American industrial rock band", "")]
    [TestCase("X (musical group)", "Japanese musical group", "")]
    [TestCase("Kanye West", "American rapper and record producer", "")]
    public void IsAboutMusicalArtist_MusicMaker_True(string title, string? description, string extract) =>
        Assert.That(MusicArticles.IsAboutMusicalArtist(Article(title, description, extract)), Is.True);

    [TestCase("Tool", "Object that can extend an individual's ability", "A tool is an object that can extend an individual's ability.")]
    [TestCase("Heart", "Organ that pumps blood through the body", "The heart is a muscular organ.")]
    [TestCase("Boris", "Male given name", "Boris is a male given name of Slavic origin.")]
    [TestCase("Low (David Bowie album)", "1977 studio album by David Bowie", "Low is the eleventh studio album by the English musician David Bowie.")]
    [TestCase("Undertow (Tool album)", null, "Undertow is the debut studio album by the American rock band Tool.")]
    [TestCase("Heart (song)", "Song by Heart", "")]
    [TestCase("Boston", "Capital city of Massachusetts", "Boston is the capital of Massachusetts. It is known for its bands and orchestras.")]
    [TestCase("Film producer", "American film producer", "")]
    public void IsAboutMusicalArtist_OtherTopics_False(string title, string? description, string extract) =>
        Assert.That(MusicArticles.IsAboutMusicalArtist(Article(title, description, extract)), Is.False);

    [TestCase("English band", "", ArtistKind.Group)]
    [TestCase("British-Nigerian singer", "She is the lead singer of the English band Sade.", ArtistKind.Person)]
    [TestCase(null, "Air is a French music duo from Versailles.", ArtistKind.Group)]
    [TestCase("Male given name", "", ArtistKind.Unknown)]
    public void KindOf_FirstArtistWord_Decides(string? description, string extract, ArtistKind expected) =>
        Assert.That(MusicArticles.KindOf(Article("X", description, extract)), Is.EqualTo(expected));

    [TestCase("Tool (band)", "Tool", "band")]
    [TestCase("Low (American band)", "Low", "American band")]
    [TestCase("Radiohead", "Radiohead", null)]
    public void BaseTitleAndQualifier_TrailingBrackets_Split(string title, string expectedBase, string? expectedQualifier) =>
        Assert.That((MusicArticles.BaseTitle(title), MusicArticles.TitleQualifier(title)), Is.EqualTo((expectedBase, expectedQualifier)));

    [TestCase("Kurt Cobain", true)]
    [TestCase("Viktor Tsoy", true)]
    [TestCase("Виктор Цой", true)]
    [TestCase("Dave Grohl", false)]
    [TestCase("Kurt", true)]
    [TestCase("Kim", false)]
    public void Mentions_NamesInTheArticle_Found(string name, bool expected)
    {
        var article = Article("X (band)", "Rock band", "Founded by Kurt Cobain and Krist Novoselic; later joined by Viktor Tsoi. Kim.");

        Assert.That(MusicArticles.Mentions(article, name), Is.EqualTo(expected));
    }
}
