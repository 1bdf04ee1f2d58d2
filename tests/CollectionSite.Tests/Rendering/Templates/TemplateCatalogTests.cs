using CollectionSite.Rendering;
using CollectionSite.Rendering.Templates;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering.Templates;

[TestFixture]
public sealed class TemplateCatalogTests
{
    private ScratchTemplates templates = null!;

    [SetUp]
    public void CreateFolder() => templates = new ScratchTemplates("catalog");

    [TearDown]
    public void DeleteFolder() => templates.Dispose();

    [Test]
    public void Validate_BundledTemplates_Pass() =>
        Assert.DoesNotThrow(() => TemplateCatalog.Validate(Path.Combine(TestPaths.RepositoryRoot, "templates")));

    [Test]
    public void Validate_EmptyUserFolder_FallsBackToBundledAndPasses() =>
        Assert.DoesNotThrow(() => TemplateCatalog.Validate(templates.Folder));

    [Test]
    public void Validate_OldHandlebarsTemplateOnly_OneLineSayingHowToMove()
    {
        var old = templates.Write("album.md.hbs", "{{#if Cover}}x{{/if}}");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Validate(templates.Folder))!;

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
        templates.Write("artist.md.hbs", "{{#if Cover}}");
        templates.Write("artist.md.sbn", "{{ md name }}");

        Assert.DoesNotThrow(() => TemplateCatalog.Validate(templates.Folder));
    }

    [Test]
    public void Validate_ErrorOnlyWhenAFieldIsSet_FoundBySampleRender()
    {
        var path = templates.Write("artist.md.sbn", "{{ md name }}\n{{ if wikipedia_summary }}{{ wiki wikipedia_summary }}{{ end }}");

        var error = Assert.Throws<TemplateException>(() => TemplateCatalog.Validate(templates.Folder))!;

        Assert.That(error.Message, Does.StartWith($"Template {path}, line 2, column 30:").And.Contain("`wiki` was not found"));
    }
}
