using System.Collections.Concurrent;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Renders page models with Scriban templates from a <see cref="TemplateCatalog"/> (parsed once). The model's
/// public properties become snake_case globals (Title → title) in a sandboxed <see cref="PageTemplateContext"/>.
/// Output is Markdown: nothing is HTML-escaped, and templates escape text themselves with md.
/// </summary>
public sealed class ScribanTemplateRenderer : ITemplateRenderer
{
    private readonly TemplateCatalog catalog;
    private readonly TemplateIncludeLoader loader;

    // Contexts are reused: each keeps what it learned about the model types and the included templates it parsed.
    // A render only adds its page's globals on top and removes them after; a failed render's context is dropped.
    private readonly ConcurrentBag<PageTemplateContext> idle = [];

    public ScribanTemplateRenderer(RenderingOptions options)
        : this(new TemplateCatalog(options.TemplatesDirectory))
    {
    }

    internal ScribanTemplateRenderer(TemplateCatalog catalog)
    {
        this.catalog = catalog;
        loader = new TemplateIncludeLoader(catalog.Folders);
    }

    /// <inheritdoc/>
    public string Render(string templateName, object model)
    {
        var (path, template) = catalog.Get(templateName);
        var context = idle.TryTake(out var reused) ? reused : new PageTemplateContext(loader);
        var page = new ScriptObject();
        page.Import(model, PageTemplateContext.IsPageModelMember, context.MemberRenamer);
        context.PushGlobal(page);
        string text;
        try
        {
            text = template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw ScribanErrors.FromRuntime(path, ex);
        }

        context.PopGlobal();
        idle.Add(context);
        return text;
    }
}
