using CollectionSite.Rendering.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace CollectionSite.Tests.Rendering;

/// <summary>
/// Whatever remote text holds, every front matter the writer emits stays inside YAML's printable set
/// (YAML 1.2 §5.1), so no title, name or catalogue number can stop a Hugo build; escaped text reads back exactly.
/// </summary>
[TestFixture]
public sealed class YamlPrintableTests
{
    private readonly FrontMatterWriter writer = new();

    // Code points, not strings: test cases whose names hold control characters silently vanish from discovery.
    [TestCase(0xFFFE)]
    [TestCase(0xFFFF)]
    [TestCase(0x90)]
    [TestCase(0x9F)]
    [TestCase(0x01)]
    [TestCase(0x1F)]
    public void Write_CharacterYamlForbidsRaw_IsEscapedAndTheRestKept(int codePoint)
    {
        var yaml = writer.Write(new TermFrontMatter { Title = $"before {(char)codePoint} after" });

        Assert.That(yaml, Is.EqualTo($"---\ntitle: \"before \\u{codePoint:X4} after\"\n---\n"));
    }

    [Test]
    public void Write_EveryCodePointInEveryFieldOfEveryPageType_OnlyPrintableAndReadsBack()
    {
        var text = EveryBmpCodePoint();
        string[] list = [text, "plain"];
        var cover = new CoverFrontMatter
        {
            Alt = text, Source = text, Colour = text, Images = [new ImageFileFrontMatter { Src = text, Width = 1, Height = 1, Type = text }],
        };
        var pages = new object[]
        {
            new TermFrontMatter { Title = text, Aliases = list },
            new ArtistFrontMatter { Title = text, DiscogsId = text, DiscogsUrl = text, RealName = text, Cover = cover, Aliases = list },
            new AlbumFrontMatter
            {
                Title = text, Artist = text, Date = text, Lastmod = text, DiscogsId = text, DiscogsUrl = text, MasterId = text,
                Released = text, Country = text, Artists = list, Genres = list, Styles = list, Labels = list, Formats = list,
                Decades = list, Cover = cover, CatalogNumbers = list, Barcodes = list, Copies = 1, TrackCount = 1, Aliases = list,
                AppleMusicUrl = text, SpotifyUrl = text,
            },
        };

        Assert.Multiple(() =>
        {
            foreach (var page in pages)
            {
                var yaml = writer.Write(page);
                var bad = yaml.EnumerateRunes().Where(r => !IsYamlPrintable(r.Value)).Select(r => $"U+{r.Value:X4}").Distinct().ToList();
                Assert.That(bad, Is.Empty, $"{page.GetType().Name}: characters outside YAML's printable set");
                Assert.That(Scalars(yaml), Has.All.EqualTo(Expected(text)).Or.EqualTo("plain").Or.EqualTo("1"), page.GetType().Name);
            }
        });
    }

    /// <summary>YAML 1.2 c-printable, without the BOM (which some readers reject inside a document).</summary>
    private static bool IsYamlPrintable(int c) =>
        c is 0x09 or 0x0A or 0x0D or (>= 0x20 and <= 0x7E) or 0x85 or (>= 0xA0 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD and not 0xFEFF) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>U+0000..U+FFFF (lone surrogates included) and one astral character: whatever a remote API may send.</summary>
    private static string EveryBmpCodePoint() =>
        new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray()) + "😀";

    /// <summary>What a reader gets back: the text, with broken UTF-16 (lone surrogates) as U+FFFD, as UTF-8 itself replaces them.</summary>
    private static string Expected(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));

    private static IEnumerable<string> Scalars(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Leaves(stream.Documents[0].RootNode);
    }

    /// <summary>Every scalar value under <paramref name="node"/>, through nested maps (the cover) and lists; keys left out.</summary>
    private static IEnumerable<string> Leaves(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.Values.SelectMany(Leaves),
        YamlSequenceNode list => list.Children.SelectMany(Leaves),
        _ => [((YamlScalarNode)node).Value ?? string.Empty],
    };
}
