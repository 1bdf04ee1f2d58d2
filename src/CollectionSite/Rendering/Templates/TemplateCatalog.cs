using System.Collections.Concurrent;
using Scriban;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// The page templates (Scriban, ".sbn") and their parsed form: each file is read and parsed once per catalog,
/// from the user's folder when it holds it, else from the bundled set.
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

    /// <summary>The parsed template and the file it came from. Throws <see cref="TemplateException"/> when it is missing or does not parse.</summary>
    internal (string Path, Template Template) Get(string name) =>
        parsed.GetOrAdd(name, key => new Lazy<(string, Template)>(() => Parse(key))).Value;

    private (string Path, Template Template) Parse(string name)
    {
        var path = Folders.Resolve(name) ?? throw new TemplateException(name, null, null, "Template names are file names inside the templates folder.");
        if (!File.Exists(path))
        {
            throw new TemplateException(path, null, null, "The template file does not exist.");
        }

        var template = Template.Parse(TemplateFolders.Read(path), path);
        return template.HasErrors ? throw ScribanErrors.FromParse(path, template.Messages) : (path, template);
    }
}
