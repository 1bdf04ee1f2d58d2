using System.Collections.Concurrent;
using Scriban;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// The page templates (Scriban, ".sbn") and their parsed form: each file is read and parsed once per catalog,
/// from the user's folder when it holds it, else from the bundled set. <see cref="Validate"/> is the start-up
/// check that fails before any remote request.
/// </summary>
public sealed class TemplateCatalog
{
    public const string AlbumTemplate = "album.md.sbn";
    public const string ArtistTemplate = "artist.md.sbn";

    private readonly ConcurrentDictionary<string, Lazy<(string Path, Template Template)>> parsed = new(StringComparer.Ordinal);

    /// <param name="templatesDirectory">The user's templates folder, or the bundled one.</param>
    /// <param name="bundledDirectory">Where missing templates fall back to; by default the templates beside the executable.</param>
    internal TemplateCatalog(string templatesDirectory, string? bundledDirectory = null)
    {
        Folders = new TemplateFolders(templatesDirectory, bundledDirectory ?? RenderingOptions.DefaultTemplatesDirectory);
    }

    internal TemplateFolders Folders { get; }

    /// <summary>
    /// Start-up check of the templates a build will use: every page template parses (and none is an old
    /// Handlebars template left unconverted), and each renders sample pages (every field filled, then none)
    /// without error, which finds unknown functions and variables and runaway loops. Throws
    /// <see cref="TemplateException"/> naming the file and, for template errors, the 1-based line and column.
    /// </summary>
    public static void Validate(string templatesDirectory, string? bundledDirectory = null)
    {
        var renderer = new ScribanTemplateRenderer(new TemplateCatalog(templatesDirectory, bundledDirectory));
        foreach (var (name, model) in TemplateSamples.All)
        {
            renderer.Render(name, model);
        }
    }

    /// <summary>The parsed template and the file it came from. Throws <see cref="TemplateException"/> when it is missing or does not parse.</summary>
    internal (string Path, Template Template) Get(string name) =>
        parsed.GetOrAdd(name, key => new Lazy<(string, Template)>(() => Parse(key))).Value;

    private (string Path, Template Template) Parse(string name)
    {
        LegacyTemplates.ThrowIfUnconverted(Folders, name);
        var path = Folders.Resolve(name) ?? throw new TemplateException(name, null, null, "Template names are file names inside the templates folder.");
        if (!File.Exists(path))
        {
            throw new TemplateException(path, null, null, "The template file does not exist.");
        }

        var template = Template.Parse(TemplateFolders.Read(path), path);
        return template.HasErrors ? throw ScribanErrors.FromParse(path, template.Messages) : (path, template);
    }
}
