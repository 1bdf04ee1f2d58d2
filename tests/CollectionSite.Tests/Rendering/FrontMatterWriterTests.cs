using CollectionSite.Rendering.FrontMatter;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class FrontMatterWriterTests
{
    private readonly FrontMatterWriter writer = new();

    [Test]
    public void Write_AlbumWithOptionalsMissing_QuotesStringsKeepsIntsPlainAndOmitsEmpties()
    {
        var yaml = writer.Write(new AlbumFrontMatter
        {
            Title = "No",
            Artist = "0123",
            Date = "2015-04-14T10:23:29Z",
            DiscogsId = "249504",
            DiscogsUrl = "https://www.discogs.com/release/249504",
            Year = 1987,
            Artists = ["rick-astley"],
            Barcodes = ["0724384960650"],
            Copies = 2,
            TrackCount = 0,
        });

        Assert.That(yaml, Is.EqualTo("""
            ---
            title: "No"
            artist: "0123"
            date: "2015-04-14T10:23:29Z"
            discogs_id: "249504"
            discogs_url: "https://www.discogs.com/release/249504"
            year: 1987
            artists:
            - "rick-astley"
            barcodes:
            - "0724384960650"
            copies: 2
            track_count: 0
            ---

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [TestCase("😀 🎸", "\"😀 🎸\"")]
    [TestCase("a\"b\\c/d", "\"a\\\"b\\\\c/d\"")]
    [TestCase("Tab\there\nnext\rline", "\"Tab\\there\\nnext\\rline\"")]
    [TestCase("bell\u0007 esc\u001b nul\0 del\u007f", "\"bell\\u0007 esc\\u001B nul\\u0000 del\\u007F\"")]
    [TestCase("nel\u0085 ls\u2028 ps\u2029 bom\uFEFF", "\"nel\\u0085 ls\\u2028 ps\\u2029 bom\\uFEFF\"")]
    [TestCase("nbsp\u00a0 é ß", "\"nbsp\u00a0 é ß\"")]
    [TestCase("Live: At Leeds #1 &a *b !c |d >e %f @g `h 'i'", "\"Live: At Leeds #1 &a *b !c |d >e %f @g `h 'i'\"")]
    public void Write_HazardousTitle_WritesRawUnicodeAndPortableEscapesOnly(string title, string expected)
    {
        var yaml = writer.Write(new TermFrontMatter { Title = title });

        Assert.That(yaml, Is.EqualTo($"---\ntitle: {expected}\n---\n"));
    }

    [Test]
    public void Write_LoneSurrogate_BecomesReplacementCharacter()
    {
        // Built at run time: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var title = "lone " + (char)0xD83D + " surrogate";

        var yaml = writer.Write(new TermFrontMatter { Title = title });

        Assert.That(yaml, Is.EqualTo("---\ntitle: \"lone \uFFFD surrogate\"\n---\n"));
    }

    [Test]
    public void Write_VeryLongTitle_StaysOnOneLine()
    {
        var title = string.Join(' ', Enumerable.Repeat("word", 100));

        var yaml = writer.Write(new TermFrontMatter { Title = title });

        Assert.That(yaml.Split('\n'), Has.Length.EqualTo(4));
    }
}
