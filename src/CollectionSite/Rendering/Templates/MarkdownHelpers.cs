using CollectionSite.Rendering.Text;
using Scriban;
using Scriban.Runtime;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// The functions our templates add to Scriban's built-ins: {{ md value }} escapes text for Markdown,
/// {{ url value }} passes only http(s) URLs, {{ link value }} writes an address as a link that shows it readably
/// (balanced parentheses kept, percent-encoding decoded in the text), {{ shortcode "name" "key" value }} writes a
/// Hugo shortcode call with a safely quoted value. Each returns "" for a null value.
/// </summary>
internal static class MarkdownHelpers
{
    /// <summary>
    /// Scriban's built-ins plus these functions, built once and read-only, shared by every render: a template
    /// that assigns to one of the names only shadows it in its own page globals.
    /// </summary>
    public static ScriptObject Builtins { get; } = CreateBuiltins();

    public static string Md(string? value) => MarkdownText.EscapeInline(value ?? string.Empty);

    public static string Url(string? value) => MarkdownLinks.SafeUrl(value ?? string.Empty) ?? string.Empty;

    public static string Link(string? value) => MarkdownLinks.Autolink(value ?? string.Empty);

    public static string Shortcode(string name, string key, string? value)
    {
        // Hugo shortcode parameters are "…"-quoted with no escapes: quotes and line breaks cannot appear.
        var safe = string.Concat((value ?? string.Empty).Where(c => c != '"' && !char.IsControl(c)));
        return safe.Length == 0 ? string.Empty : $"{{{{< {name} {key}=\"{safe}\" >}}}}";
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.Import(typeof(MarkdownHelpers), ScriptMemberImportFlags.Method, member => member.Name is nameof(Md) or nameof(Url) or nameof(Link) or nameof(Shortcode));
        builtins.IsReadOnly = true;
        return builtins;
    }
}
