namespace CollectionSite.Rendering.Templates;

/// <summary>Renders a page model with a named template file (e.g. "album.md.sbn") from the templates folder.</summary>
public interface ITemplateRenderer
{
    /// <summary>The rendered text. Throws <see cref="TemplateException"/> naming the file (and position) on any template error.</summary>
    string Render(string templateName, object model);
}
