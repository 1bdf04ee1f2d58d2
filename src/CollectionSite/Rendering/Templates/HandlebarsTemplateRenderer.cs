using System.Collections.Concurrent;
using HandlebarsDotNet;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Handlebars.Net renderer: each template file is read and compiled once per process, HTML escaping is
/// off (the output is Markdown; text is escaped with the md helper instead). Line endings are normalized
/// to LF so output bytes do not depend on how the templates were checked out.
/// </summary>
public sealed class HandlebarsTemplateRenderer : ITemplateRenderer
{
    private readonly string directory;
    private readonly IHandlebars handlebars;
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<object, object>>> compiled = new(StringComparer.Ordinal);

    public HandlebarsTemplateRenderer(RenderingOptions options)
    {
        directory = options.TemplatesDirectory;
        handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = false });
        MarkdownHelpers.Register(handlebars);
    }

    public string Render(string templateName, object model)
    {
        var path = Resolve(templateName);
        var template = compiled.GetOrAdd(templateName, _ => new Lazy<HandlebarsTemplate<object, object>>(() => Load(path))).Value;
        try
        {
            return template(model);
        }
        catch (Exception ex) when (ex is HandlebarsException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new TemplateException(path, null, null, $"Rendering failed: {ex.Message}", ex);
        }
    }

    /// <summary>A user's templates folder may hold only the templates they changed; the rest come from the bundled set.</summary>
    private string Resolve(string templateName)
    {
        var path = Path.Combine(directory, templateName);
        var bundled = Path.Combine(RenderingOptions.DefaultTemplatesDirectory, templateName);
        return File.Exists(path) || !File.Exists(bundled) ? path : bundled;
    }

    private HandlebarsTemplate<object, object> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TemplateException(path, null, null, "The template file does not exist.");
        }

        var source = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        return TemplateCompiler.Compile(handlebars, path, source, MarkdownHelpers.Arity);
    }
}
