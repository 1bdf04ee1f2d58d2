using CollectionSite.Rendering.Text;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class DiscogsMarkupTests
{
    private static readonly DiscogsLinkNames Names = new(
        new Dictionary<long, string> { [45] = "Aphex Twin" },
        new Dictionary<long, string> { [249504] = "Never Gonna Give You Up" },
        new Dictionary<long, string> { [96559] = "Never Gonna Give You Up" },
        new Dictionary<long, string> { [1818] = "Warp Records (2)" });

    [TestCase("See [a45].", "See [Aphex Twin](https://www.discogs.com/artist/45).")]
    [TestCase("See [a46].", "See [Artist 46](https://www.discogs.com/artist/46).")]
    [TestCase("[a=Richard D. James (2)] did it", "Richard D. James did it")]
    [TestCase("On [l=Rephlex]", "On Rephlex")]
    [TestCase("On [l1818]", "On [Warp Records](https://www.discogs.com/label/1818)")]
    [TestCase("[r=249504] and [r249504]", "[Never Gonna Give You Up](https://www.discogs.com/release/249504) and [Never Gonna Give You Up](https://www.discogs.com/release/249504)")]
    [TestCase("[m=96559] [m1]", "[Never Gonna Give You Up](https://www.discogs.com/master/96559) [Master 1](https://www.discogs.com/master/1)")]
    [TestCase("[url=https://example.org/a_b]the site[/url]", "[the site](https://example.org/a_b)")]
    [TestCase("[url]https://example.org/x[/url]", "[https\\://example.org/x](https://example.org/x)")]
    [TestCase("[url=javascript:alert(1)]click[/url]", "click")]
    [TestCase("[b]Bold[/b], [i]italic[/i], [u]under[/u]", "**Bold**, *italic*, under")]
    [TestCase("[B]Loud[/B]", "**Loud**")]
    [TestCase("stray [b]open", "stray open")]
    [TestCase("*not bold* and #1 and a|b", "\\*not bold\\* and \\#1 and a\\|b")]
    [TestCase("- not a list", "\\- not a list")]
    [TestCase("1. not ordered", "1\\. not ordered")]
    [TestCase("Visit https://example.org/a_b.", "Visit <https://example.org/a_b>.")]
    public void ToMarkdown_OneLine_ConvertsMarkupAndEscapesText(string markup, string expected) =>
        Assert.That(DiscogsMarkup.ToMarkdown(markup, Names), Is.EqualTo(expected));

    // GFM's autolink rule: a ")" that closes a "(" inside the address belongs to it; trailing punctuation does not.
    [TestCase("See https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)", "See <https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)>")]
    [TestCase("(see https://en.wikipedia.org/wiki/Low_(album)).", "(see <https://en.wikipedia.org/wiki/Low_(album)>).")]
    [TestCase("https://example.org/a_(b)_(c), then", "<https://example.org/a_(b)_(c)>, then")]
    [TestCase("(https://example.org/x)", "(<https://example.org/x>)")]
    [TestCase("https://example.org/odd)path", "[https\\://example.org/odd)path](https://example.org/odd%29path)")]
    [TestCase("[url=https://en.wikipedia.org/wiki/Low_(album)]Low[/url]", "[Low](https://en.wikipedia.org/wiki/Low_(album))")]
    [TestCase("[url]https://en.wikipedia.org/wiki/Low_(album)[/url]", "[https\\://en.wikipedia.org/wiki/Low\\_(album)](https://en.wikipedia.org/wiki/Low_(album))")]
    [TestCase("[url]https://de.wikipedia.org/wiki/Bj%C3%B6rk[/url]", "[https\\://de.wikipedia.org/wiki/Björk](https://de.wikipedia.org/wiki/Bj%C3%B6rk)")]
    [TestCase("Read https://de.wikipedia.org/wiki/Bj%C3%B6rk!", "Read [https\\://de.wikipedia.org/wiki/Björk](https://de.wikipedia.org/wiki/Bj%C3%B6rk)!")]
    public void ToMarkdown_BareOrTaggedAddress_KeepsBalancedParenthesesAndShowsItReadably(string markup, string expected) =>
        Assert.That(DiscogsMarkup.ToMarkdown(markup, Names), Is.EqualTo(expected));

    [Test]
    public void ToMarkdown_LinesAndParagraphs_KeepsBreaks() =>
        Assert.That(DiscogsMarkup.ToMarkdown("One\r\nTwo\r\n\r\n\r\nThree  ", Names), Is.EqualTo("One\\\nTwo\n\nThree"));

    [TestCase(null)]
    [TestCase("   \n ")]
    public void ToMarkdown_Nothing_ReturnsEmpty(string? markup) =>
        Assert.That(DiscogsMarkup.ToMarkdown(markup, Names), Is.Empty);

    [Test]
    public void ToMarkdown_RealProfile_LeavesNoRawMarkup()
    {
        var profile = Support.DiscogsFixtures.Artist("artist_45_ricbra_2014.json").Profile;

        var markdown = DiscogsMarkup.ToMarkdown(profile, Names);

        Assert.Multiple(() =>
        {
            Assert.That(profile, Does.Contain("[l=Rephlex]"));
            Assert.That(markdown, Does.Not.Match(@"(?<!\\)\[[armlbiu]=?\d*"));
            Assert.That(markdown, Does.Contain("Rephlex"));
        });
    }
}
