using CollectionSite.Clients.AppleMusic;

namespace CollectionSite.Tests.Clients.AppleMusic;

/// <summary>Apple's editorial HTML to Markdown: the three tags Apple documents, everything else plain text.</summary>
public sealed class EditorialNotesMarkdownTests
{
    [TestCase("A <i>classic</i> record.", "A *classic* record.")]
    [TestCase("A <b>bold</b> move.", "A **bold** move.")]
    [TestCase("<B>Loud</B> and <EM>soft</EM>", "**Loud** and *soft*")]
    [TestCase("<b><i>Both</i></b>", "***Both***")]
    [TestCase("One.<br>Two.", "One.  \nTwo.")]
    [TestCase("One.<br/>Two.<br />Three.", "One.  \nTwo.  \nThree.")]
    [TestCase("One.<br><br>Two.", "One.\n\nTwo.")]
    [TestCase("<p>One.</p><p>Two.</p>", "One.\n\nTwo.")]
    [TestCase("<br>Leading and trailing<br>", "Leading and trailing")]
    public void ToMarkdown_DocumentedTags_BecomeMarkdown(string html, string markdown) =>
        Assert.That(EditorialNotesMarkdown.ToMarkdown(html), Is.EqualTo(markdown));

    [TestCase("A <a href=\"https://x\">link</a> and <span class=\"x\">span</span>.", "A link and span.")]
    [TestCase("Tom &amp; Jerry &mdash; &#8220;live&#8221; &quot;now&quot; &#x27;ok&#x27;", "Tom & Jerry — “live” \"now\" 'ok'")]
    [TestCase("&lt;i&gt;not a tag&lt;/i&gt;", "\\<i\\>not a tag\\</i\\>")]
    [TestCase("Many   spaces\nand\tlines", "Many spaces and lines")]
    [TestCase("a < b and c > d", "a \\< b and c \\> d")]
    public void ToMarkdown_OtherMarkup_PlainTextEntitiesDecoded(string html, string markdown) =>
        Assert.That(EditorialNotesMarkdown.ToMarkdown(html), Is.EqualTo(markdown));

    [TestCase("*NSYNC and _underscores_ [live]", "\\*NSYNC and \\_underscores\\_ \\[live\\]")]
    [TestCase("One.<br># not a heading", "One.  \n\\# not a heading")]
    [TestCase("One.<br>1975. A year", "One.  \n1975\\. A year")]
    [TestCase("- not a list", "\\- not a list")]
    public void ToMarkdown_TextThatLooksLikeMarkdown_Escaped(string html, string markdown) =>
        Assert.That(EditorialNotesMarkdown.ToMarkdown(html), Is.EqualTo(markdown));

    [TestCase("From <i> The Wild </i>to", "From *The Wild* to")]
    [TestCase("An <i>unclosed tag", "An unclosed tag")]
    [TestCase("A stray</b> close", "A stray close")]
    [TestCase("Empty <i> </i>emphasis", "Empty emphasis")]
    public void ToMarkdown_AwkwardTags_StillValidMarkdown(string html, string markdown) =>
        Assert.That(EditorialNotesMarkdown.ToMarkdown(html), Is.EqualTo(markdown));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  <br> ")]
    public void ToMarkdown_NoText_Null(string? html) =>
        Assert.That(EditorialNotesMarkdown.ToMarkdown(html), Is.Null);
}
