using CollectionSite.Rendering.Text;
using HandlebarsDotNet;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// The helpers templates may call, with their arity (checked before compiling):
/// {{md value}} escapes text for Markdown, {{url value}} passes only http(s) URLs,
/// {{link value}} writes an address as a link that shows it readably,
/// {{shortcode "name" "key" value}} writes a Hugo shortcode call with a safely quoted value.
/// </summary>
internal static class MarkdownHelpers
{
    public static IReadOnlyDictionary<string, int> Arity { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["md"] = 1,
        ["url"] = 1,
        ["link"] = 1,
        ["shortcode"] = 3,
    };

    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("md", (_, arguments) => MarkdownText.EscapeInline(Text(arguments[0])));
        handlebars.RegisterHelper("url", (_, arguments) => MarkdownLinks.SafeUrl(Text(arguments[0])) ?? string.Empty);
        handlebars.RegisterHelper("link", (_, arguments) => MarkdownLinks.Autolink(Text(arguments[0])));
        handlebars.RegisterHelper("shortcode", (_, arguments) =>
        {
            // Hugo shortcode parameters are "…"-quoted with no escapes: quotes and line breaks cannot appear.
            var value = string.Concat(Text(arguments[2]).Where(c => c != '"' && !char.IsControl(c)));
            return value.Length == 0 ? string.Empty : $"{{{{< {Text(arguments[0])} {Text(arguments[1])}=\"{value}\" >}}}}";
        });
    }

    private static string Text(object? value) => value?.ToString() ?? string.Empty;
}
