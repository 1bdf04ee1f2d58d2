using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Templates;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering.Templates;

[TestFixture]
public sealed class ScribanTemplateRendererTests
{
    private ScratchTemplates templates = null!;

    [SetUp]
    public void CreateFolder() => templates = new ScratchTemplates("templates");

    [TearDown]
    public void DeleteFolder() => templates.Dispose();

    // Scriban reports an unclosed block where it gave up looking for its end: the last tag of the file.
    [TestCase("line one\nline two {{ for track in tracks }}\n- {{ md track.title }}\n", 3, 23, "for statement: The <end> statement was not found")]
    [TestCase("a\n\nc {{ if cover }}x", 3, 17, "The <end> statement was not found")]
    [TestCase("ok\n{{ end }}", 2, 6, "without a corresponding beginning of a block")]
    [TestCase("x\n  {{ nohelper title }}", 2, 6, "`nohelper` was not found")]
    [TestCase("x\n{{ titel }}", 2, 4, "`titel` was not found")]
    [TestCase("{{ for track in tracks }}\n{{ track.titel }}{{ end }}", 2, 10, "Cannot get member with name titel")]
    public void Render_BrokenTemplate_ReportsFileLineAndColumn(string source, int line, int column, string problem)
    {
        var path = templates.Write("album.md.sbn", source);

        var page = Page() with { Tracks = [new TrackLine("A1", "One", null, null, false, false, false)] };

        var error = Assert.Throws<TemplateException>(() => templates.Renderer().Render("album.md.sbn", page))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.TemplatePath, Is.EqualTo(path));
            Assert.That((error.Line, error.Column), Is.EqualTo(((int?)line, (int?)column)));
            Assert.That(error.Message, Does.StartWith($"Template {path}, line {line}, column {column}: ").And.Contain(problem));
            Assert.That(error.Message, Does.Not.Contain('\n'));
        });
    }

    [Test]
    public void Render_TemplateNowhere_NamesTheFile()
    {
        var error = Assert.Throws<TemplateException>(() => templates.Renderer().Render("label.md.sbn", Page()))!;

        Assert.That(error.Message, Does.Contain(Path.Combine(templates.Folder, "label.md.sbn")).And.Contain("does not exist"));
    }

    [Test]
    public void Render_UserFolderLacksTemplate_UsesTheBundledOne()
    {
        templates.Write("album.md.sbn", "custom album {{ md title }}\n");
        var renderer = templates.Renderer();

        var album = renderer.Render("album.md.sbn", Page());
        var artist = renderer.Render("artist.md.sbn", new ArtistPage { Name = "The Who", RealName = "Roger Daltrey" });

        Assert.Multiple(() =>
        {
            Assert.That(album, Does.StartWith("custom album"));
            Assert.That(artist, Does.Contain("Roger Daltrey"), "artist.md.sbn came from the bundled templates");
        });
    }

    [Test]
    public void Render_ValidTemplate_EscapesWithMdOnlyAndIsParsedOnce()
    {
        templates.Write("album.md.sbn", "# {{ md title }} & {{ artist }}\r\n{{ if spotify_album_id }}{{ shortcode \"spotify\" \"id\" spotify_album_id }}{{ end }}\n");
        var renderer = templates.Renderer();
        var first = renderer.Render("album.md.sbn", Page() with { SpotifyAlbumId = "4uLU6\"hm" });

        // The parsed template is cached: editing the file does not change this renderer's output.
        templates.Write("album.md.sbn", "changed");
        var second = renderer.Render("album.md.sbn", Page());

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("# \\*bad & *raw*\n{{< spotify id=\"4uLU6hm\" >}}\n"));
            Assert.That(second, Is.EqualTo("# \\*bad & *raw*\n\n"));
        });
    }

    [Test]
    public void Render_EmptyTextAndEmptyLists_CountAsFalse()
    {
        templates.Write("album.md.sbn", "{{ if tracks }}T{{ end }}{{ if notes_markdown }}N{{ end }}{{ if !credits }}no credits{{ end }}");

        var text = templates.Renderer().Render("album.md.sbn", Page() with { NotesMarkdown = string.Empty });

        Assert.That(text, Is.EqualTo("no credits"));
    }

    [Test]
    public void Render_LoopFilterAndCondition_WorkOnTheModel()
    {
        templates.Write("album.md.sbn", "{{ for track in tracks }}{{ if !track.is_heading }}{{ track.title | string.upcase | md }};{{ end }}{{ end }}");
        var tracks = new[] { new TrackLine(string.Empty, "Side A", null, null, true, false, false), new TrackLine("A1", "*one*", null, null, false, false, false) };

        var text = templates.Renderer().Render("album.md.sbn", Page() with { Tracks = tracks });

        Assert.That(text, Is.EqualTo("\\*ONE\\*;"));
    }

    private static AlbumPage Page() => new() { Title = "*bad", Artist = "*raw*", DiscogsUrl = "https://www.discogs.com/release/1" };
}
