using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CollectionSite.Rendering.FrontMatter;

namespace CollectionSite.Rendering;

/// <summary>Joins front matter and a rendered body into the page file's text, with tidy, deterministic whitespace.</summary>
public sealed partial class PageComposer(FrontMatterWriter frontMatter)
{
    public string Compose(object front, string? body)
    {
        var yaml = frontMatter.Write(front);
        var text = ExtraBlankLines().Replace((body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n").Trim('\n');
        return text.Length == 0 ? yaml : yaml + "\n" + text + "\n";
    }

    /// <summary>A short, stable hash of a page's text (what decides whether its lastmod moves).</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
