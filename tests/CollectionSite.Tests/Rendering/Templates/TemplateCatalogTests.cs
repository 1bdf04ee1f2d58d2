using CollectionSite.Rendering;
using CollectionSite.Rendering.Templates;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Templates;

[TestFixture]
public sealed class TemplateCatalogTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = TestPaths.NewScratchFolder("catalog");

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Validate_BundledTemplates_Pass() =>
        Assert.DoesNotThrow(() => TemplateCatalog.Validate(Path.Combine(TestPaths.RepositoryRoot, "templates")));

    [Test]
    public void Validate_EmptyUserFolder_FallsBackToBundledAndPasses() =>
        Assert.DoesNotThrow(() => TemplateCatalog.Validate(folder));

    [Test]
    public void Validate_OldHandlebarsTemplateOnly_OneLineSayingHowToMove()
    {
        var old = Path.Combine(folder, "album.md.hbs");
        File.WriteAllText(old, "{{#if Cover}}x{{/if}}");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Validate(folder))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith($"Template {old}: Handlebars templates are no longer read."));
            Assert.That(error.Message, Does.Contain(Path.Combine(RenderingOptions.DefaultTemplatesDirectory, "album.md.sbn")));
            Assert.That(error.Message, Does.Contain("Customising templates"));
            Assert.That(error.Message, Does.Not.Contain('\n'));
        });
    }

    [Test]
    public void Validate_OldTemplateBesideItsConvertedOne_UsesTheConvertedOne()
    {
        File.WriteAllText(Path.Combine(folder, "artist.md.hbs"), "{{#if Cover}}");
        File.WriteAllText(Path.Combine(folder, "artist.md.sbn"), "{{ md name }}");

        Assert.DoesNotThrow(() => TemplateCatalog.Validate(folder));
    }

    [Test]
    public void Validate_ErrorOnlyWhenAFieldIsSet_FoundBySampleRender()
    {
        var path = Path.Combine(folder, "artist.md.sbn");
        File.WriteAllText(path, "{{ md name }}\n{{ if wikipedia_summary }}{{ wiki wikipedia_summary }}{{ end }}");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Validate(folder))!;

        Assert.That(error.Message, Does.StartWith($"Template {path}, line 2, column 30:").And.Contain("`wiki` was not found"));
    }
}
