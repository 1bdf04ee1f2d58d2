using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Templates;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering.Templates;

/// <summary>User-edited templates run sandboxed: bounded loops and recursion, the page model only, includes from the templates folder only.</summary>
[TestFixture]
public sealed class TemplateSandboxTests
{
    private ScratchTemplates templates = null!;

    [SetUp]
    public void CreateFolder() => templates = new ScratchTemplates("sandbox");

    [TearDown]
    public void DeleteFolder() => templates.Dispose();

    [TestCase("x\n{{ while true }}y{{ end }}", 2, 4, "iteration limit")]
    [TestCase("{{ for i in 1..10000000 }}{{ i }}{{ end }}", 1, 14, "exceeds LoopLimit")]
    [TestCase("{{ for i in 1..90000 }}\n{{ i | string.pad_left 60 }}{{ end }}", 1, 22, "exceeds OutputLimit")]
    [TestCase("{{ func again\n again\nend }}\n{{ again }}", 2, 2, "recursive depth limit")]
    public void Render_RunawayTemplate_FailsWithItsPosition(string source, int line, int column, string problem)
    {
        templates.Write("album.md.sbn", source);

        var error = Assert.Throws<TemplateException>(() => Render())!;

        Assert.Multiple(() =>
        {
            Assert.That((error.Line, error.Column), Is.EqualTo(((int?)line, (int?)column)));
            Assert.That(error.Message, Does.Contain(problem));
        });
    }

    [TestCase("{{ tracks[0].get_type }}")]
    [TestCase("{{ tracks[0].to_string }}")]
    [TestCase("{{ equality_contract }}")]
    [TestCase("{{ tracks.get_type }}")]
    public void Render_DotNetMemberOutsideThePageModel_IsAnError(string source)
    {
        templates.Write("album.md.sbn", source);

        Assert.Throws<TemplateException>(() => Render());
    }

    [Test]
    public void Render_VariableSetByAnEarlierPage_IsNotSeenByTheNext()
    {
        templates.Write("album.md.sbn", "{{ if cover }}{{ leaked = 'yes' }}first{{ else }}{{ leaked }}{{ end }}");
        var renderer = templates.Renderer();
        renderer.Render("album.md.sbn", Page() with { Cover = "cover.jpg" });

        var error = Assert.Throws<TemplateException>(() => renderer.Render("album.md.sbn", Page()))!;

        Assert.That(error.Message, Does.Contain("`leaked` was not found"));
    }

    [Test]
    public void Render_AfterARunawayPage_NextPageRendersNormally()
    {
        templates.Write("album.md.sbn", "{{ if cover }}{{ while true }}x{{ end }}{{ end }}{{ for track in tracks }}{{ track.title }}{{ end }}");
        var renderer = templates.Renderer();
        Assert.Throws<TemplateException>(() => renderer.Render("album.md.sbn", Page() with { Cover = "cover.jpg" }));

        Assert.That(renderer.Render("album.md.sbn", Page()), Is.EqualTo("x"));
    }

    [Test]
    public void Render_IncludeInsideTheFolder_Renders()
    {
        templates.Write(Path.Combine("parts", "title.sbn"), "[{{ md title }}]");
        templates.Write("album.md.sbn", "{{ include 'parts/title.sbn' }}{{ include 'parts/title.sbn' }}");

        Assert.That(Render(), Is.EqualTo("[\\*t][\\*t]"));
    }

    [TestCase("../outside.sbn")]
    [TestCase("/etc/hostname")]
    public void Render_IncludeOutsideTheFolder_IsRefused(string name)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(templates.Folder)!, "outside.sbn"), "secret");
        templates.Write("album.md.sbn", $"x\n{{{{ include '{name}' }}}}");

        var error = Assert.Throws<TemplateException>(() => Render())!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("only templates inside the templates folder"));
            Assert.That(error.Line, Is.EqualTo(2));
        });
    }

    [Test]
    public void Render_IncludedTemplateDoesNotParse_NamesTheIncludedFile()
    {
        var part = templates.Write("part.sbn", "ok\n{{ if title }}");
        templates.Write("album.md.sbn", "{{ include 'part.sbn' }}");

        var error = Assert.Throws<TemplateException>(() => Render())!;

        Assert.That(error.Message, Does.StartWith($"Template {part}, line 2,"));
    }

    private string Render() => templates.Renderer().Render("album.md.sbn", Page());

    private static AlbumPage Page() =>
        new() { Title = "*t", Artist = "a", DiscogsUrl = "https://www.discogs.com/release/1", Tracks = [new TrackLine("1", "x", null, null, false, false, false)] };
}
