using CollectionSite.Matching;

namespace CollectionSite.Tests.Matching;

public sealed class WikipediaLinksTests
{
    [TestCase("https://en.wikipedia.org/wiki/Tool_(band)", "Tool (band)")]
    [TestCase("http://en.wikipedia.org/wiki/Sigur_R%C3%B3s", "Sigur Rós")]
    [TestCase("https://en.m.wikipedia.org/wiki/Daft_Punk", "Daft Punk")]
    [TestCase("https://en.wikipedia.org/wiki/Low_(band)#Members", "Low (band)")]
    [TestCase("en.wikipedia.org/wiki/Radiohead", "Radiohead")]
    [TestCase("https://en.wikipedia.org/w/index.php?title=Kino_(band)&oldid=1", "Kino (band)")]
    [TestCase("https://en.wikipedia.org/wiki/AC%2FDC", "AC/DC")]
    public void EnglishTitle_ArticleLink_Title(string url, string expected) =>
        Assert.That(WikipediaLinks.EnglishTitle(url), Is.EqualTo(expected));

    [TestCase("https://de.wikipedia.org/wiki/Kraftwerk_(Band)")]
    [TestCase("https://www.toolband.com/")]
    [TestCase("https://en.wikipedia.org/wiki/File:Tool_band.jpg")]
    [TestCase("https://en.wikipedia.org/")]
    [TestCase("not a url at all")]
    [TestCase("")]
    public void EnglishTitle_NoEnglishArticle_Null(string url) =>
        Assert.That(WikipediaLinks.EnglishTitle(url), Is.Null);
}
