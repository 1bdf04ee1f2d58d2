using System.Text;
using System.Text.RegularExpressions;

namespace CollectionSite.Rendering.Text;

/// <summary>Markdown links from data: only http(s) targets become links, anything else stays plain text.</summary>
public static partial class MarkdownLinks
{
    /// <summary>"[text](url)", with the text escaped and the URL made safe for a link destination.</summary>
    public static string Link(string text, string url)
    {
        var label = MarkdownText.EscapeInline(text);
        return SafeUrl(url) is { } safe ? $"[{label}]({safe})" : label;
    }

    /// <summary>The URL with characters that would end a Markdown link destination percent-encoded, or null when it is not http(s).</summary>
    public static string? SafeUrl(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            builder.Append(c switch
            {
                ' ' => "%20",
                '(' => "%28",
                ')' => "%29",
                '<' => "%3C",
                '>' => "%3E",
                '"' => "%22",
                '\\' => "%5C",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Escapes text, turning bare http(s) URLs into autolinks so escaping never breaks them.</summary>
    public static string EscapeWithAutolinks(string text, bool atLineStart)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (Match match in BareUrl().Matches(text))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'', '"');
            if (SafeUrl(url) is not { } safe)
            {
                continue;
            }

            builder.Append(MarkdownText.EscapeLine(text[position..match.Index], atLineStart && position == 0));
            builder.Append('<').Append(safe).Append('>');
            position = match.Index + url.Length;
        }

        builder.Append(MarkdownText.EscapeLine(text[position..], atLineStart && position == 0));
        return builder.ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>\[\]{}|\\^`""]+", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();
}
