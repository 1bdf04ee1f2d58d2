using CollectionSite.Rendering;
using CollectionSite.Rendering.Templates;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>A scratch templates folder for one test: write template files into it, render from it, delete it.</summary>
public sealed class ScratchTemplates(string purpose) : IDisposable
{
    public string Folder { get; } = TestPaths.NewScratchFolder(purpose);

    /// <summary>Writes <paramref name="source"/> to <paramref name="name"/> (a path relative to the folder) and returns the full path.</summary>
    public string Write(string name, string source)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source);
        return path;
    }

    /// <summary>A renderer over this folder, falling back to the bundled templates.</summary>
    public ScribanTemplateRenderer Renderer() => new(new RenderingOptions { OutputDirectory = Folder, TemplatesDirectory = Folder });

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
