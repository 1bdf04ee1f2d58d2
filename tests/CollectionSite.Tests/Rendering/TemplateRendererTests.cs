using CollectionSite.Rendering;
using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Templates;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class TemplateRendererTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = TestPaths.NewScratchFolder("templates");

    [TestCase("line one\nline two {{#each Tracks}}\n- {{md Title}}\n", 2, 10, "'#each' is never closed")]
    [TestCase("a\n\nc {{#if Cover}}{{/each}}", 3, 16, "'/each' closes '#if'")]
    [TestCase("a\nbb {{Title\n", 2, 4, "never closed with '}}'")]
    [TestCase("a\nb\n  {{#if}}x{{/if}}", 3, 3, "needs exactly one argument")]
    [TestCase("x\n{{nohelper Title}}", 2, 1, "Unknown helper 'nohelper'")]
    [TestCase("x\n\n\n{{md Title Artist}}", 4, 1, "takes 1 argument(s), got 2")]
    [TestCase("{{> partial}}", 1, 1, "Partials are not supported")]
    [TestCase("ok\n{{else}}", 2, 1, "'else' outside a block")]
    [TestCase("ok\n{{/if}}", 2, 1, "closes a block that was never opened")]
    [TestCase("ok\n {{}}", 2, 2, "Empty tag")]
    public void Render_BrokenTemplate_ReportsFileLineAndColumn(string source, int line, int column, string problem)
    {
        var path = Write("album.md.hbs", source);
        var renderer = new HandlebarsTemplateRenderer(new RenderingOptions { OutputDirectory = folder, TemplatesDirectory = folder });

        var error = Assert.Throws<TemplateException>(() => renderer.Render("album.md.hbs", Page()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.TemplatePath, Is.EqualTo(path));
            Assert.That((error.Line, error.Column), Is.EqualTo(((int?)line, (int?)column)));
            Assert.That(error.Message, Does.Contain(path).And.Contain($"line {line}, column {column}").And.Contain(problem));
        });
    }

    [Test]
    public void Render_TemplateNowhere_NamesTheFile()
    {
        var renderer = new HandlebarsTemplateRenderer(new RenderingOptions { OutputDirectory = folder, TemplatesDirectory = folder });

        var error = Assert.Throws<TemplateException>(() => renderer.Render("label.md.hbs", Page()))!;

        Assert.That(error.Message, Does.Contain(Path.Combine(folder, "label.md.hbs")).And.Contain("does not exist"));
    }

    [Test]
    public void Render_UserFolderLacksTemplate_UsesTheBundledOne()
    {
        Write("album.md.hbs", "custom album {{md Title}}\n");
        var renderer = new HandlebarsTemplateRenderer(new RenderingOptions { OutputDirectory = folder, TemplatesDirectory = folder });

        var album = renderer.Render("album.md.hbs", Page());
        var artist = renderer.Render("artist.md.hbs", new CollectionSite.Rendering.Models.ArtistPage { Name = "The Who", RealName = "Roger Daltrey" });

        Assert.Multiple(() =>
        {
            Assert.That(album, Does.StartWith("custom album"));
            Assert.That(artist, Does.Contain("Roger Daltrey"), "artist.md.hbs came from the bundled templates");
        });
    }

    [Test]
    public void Render_ValidTemplate_EscapesWithMdOnlyAndIsCompiledOnce()
    {
        Write("album.md.hbs", "# {{md Title}} & {{Artist}}\r\n{{#if SpotifyAlbumId}}{{shortcode \"spotify\" \"id\" SpotifyAlbumId}}{{/if}}\n");
        var renderer = new HandlebarsTemplateRenderer(new RenderingOptions { OutputDirectory = folder, TemplatesDirectory = folder });
        var first = renderer.Render("album.md.hbs", Page() with { SpotifyAlbumId = "4uLU6\"hm" });

        // The compiled template is cached: editing the file does not change this process's output.
        Write("album.md.hbs", "changed");
        var second = renderer.Render("album.md.hbs", Page());

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("# \\*bad & *raw*\n{{< spotify id=\"4uLU6hm\" >}}\n"));
            Assert.That(second, Is.EqualTo("# \\*bad & *raw*\n\n"));
        });
    }

    private static AlbumPage Page() => new() { Title = "*bad", Artist = "*raw*", DiscogsUrl = "https://www.discogs.com/release/1" };

    private string Write(string name, string source)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, source);
        return path;
    }
}
