using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Serves `include "name"` from the templates folders only (user folder first, then the bundled one), so a
/// template cannot read files elsewhere on the machine.
/// </summary>
internal sealed class TemplateIncludeLoader(TemplateFolders folders) : ITemplateLoader
{
    /// <summary>The full path of the included template; a runtime error at the include when it is outside the folder or missing.</summary>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = folders.Resolve(templateName)
            ?? throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\": only templates inside the templates folder can be included.");
        return File.Exists(path)
            ? path
            : throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\": {path} does not exist.");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => TemplateFolders.Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
