using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Renders page models with Scriban templates from a <see cref="TemplateCatalog"/> (parsed once). The model's
/// public properties become snake_case globals (Title → title); each render gets a fresh sandboxed
/// <see cref="PageTemplateContext"/>, so renders share nothing a template could change. Output is Markdown:
/// nothing is HTML-escaped, and templates escape text themselves with md.
/// </summary>
public sealed class ScribanTemplateRenderer : ITemplateRenderer
{
    private readonly TemplateCatalog catalog;
    private readonly TemplateIncludeLoader loader;

    // Included templates, parsed once and shared: Scriban caches them per context, and there is one context per page.
    private readonly ConcurrentDictionary<string, Template> includes = new(StringComparer.Ordinal);

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
        var context = new PageTemplateContext(loader);
        foreach (var (key, include) in includes)
        {
            context.CachedTemplates[key] = include;
        }

        var page = new ScriptObject();
        page.Import(model, PageTemplateContext.IsPageModelMember, context.MemberRenamer);
        context.PushGlobal(page);
        try
        {
            var text = template.Render(context);
            foreach (var (key, include) in context.CachedTemplates)
            {
                includes.TryAdd(key, include);
            }

            return text;
        }
        catch (ScriptRuntimeException ex)
        {
            throw ScribanErrors.FromRuntime(path, ex);
        }
    }
}
