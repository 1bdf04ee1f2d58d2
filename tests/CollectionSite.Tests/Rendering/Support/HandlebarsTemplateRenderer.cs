namespace CollectionSite.Rendering.Templates;

/// <summary>
/// The name GoldenPageTests.cs still uses for the page renderer. That file was kept byte for byte through the
/// move to Scriban, so its goldens prove the pages did not change; rename the field's type there and delete this.
/// </summary>
internal sealed class HandlebarsTemplateRenderer(RenderingOptions options) : ITemplateRenderer
{
    private readonly ScribanTemplateRenderer inner = new(options);

    public string Render(string templateName, object model) => inner.Render(templateName, model);
}
