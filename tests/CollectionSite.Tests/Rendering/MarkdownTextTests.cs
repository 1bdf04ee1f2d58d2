using CollectionSite.Rendering.Text;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class MarkdownTextTests
{
    [TestCase("*bad", "\\*bad")]
    [TestCase("#1 Record", "\\#1 Record")]
    [TestCase("a|b", "a\\|b")]
    [TestCase("snake_case `code` [link] <tag>", "snake\\_case \\`code\\` \\[link\\] \\<tag\\>")]
    [TestCase("back\\slash", "back\\\\slash")]
    [TestCase("{{< shortcode >}}", "\\{\\{\\< shortcode \\>\\}\\}")]
    [TestCase("AT&T ~~strike~~", "AT\\&T \\~\\~strike\\~\\~")]
    [TestCase("- dash", "\\- dash")]
    [TestCase("+ plus", "\\+ plus")]
    [TestCase("= equals", "\\= equals")]
    [TestCase("1984. Orwell", "1984\\. Orwell")]
    [TestCase("2) second", "2\\) second")]
    [TestCase("Line\none\ttab", "Line one tab")]
    [TestCase("Björk 😀 エチオ", "Björk 😀 エチオ")]
    [TestCase("Mid - dash and 1. mid", "Mid - dash and 1. mid")]
    public void EscapeInline_Text_ShowsLiterally(string text, string expected) =>
        Assert.That(MarkdownText.EscapeInline(text), Is.EqualTo(expected));

    // A template value may sit in a link text or an image alt, where a link is invalid: the whole address stays text
    // instead of Hugo's linkify making a link that an escape ("Heroes\_(") cuts short.
    [TestCase("Live at https://en.wikipedia.org/wiki/Heroes_(David_Bowie_album)", "Live at https\\://en.wikipedia.org/wiki/Heroes\\_(David\\_Bowie\\_album)")]
    [TestCase("Mix (www.example.org/a_b)", "Mix (www\\.example.org/a\\_b)")]
    [TestCase("ftp://x.org/a_b and swww.x", "ftp\\://x.org/a\\_b and swww.x")]
    public void EscapeInline_TextWithAddress_KeepsTheWholeAddressAsText(string text, string expected) =>
        Assert.That(MarkdownText.EscapeInline(text), Is.EqualTo(expected));
}
