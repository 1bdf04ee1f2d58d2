using System.Text;
using System.Text.RegularExpressions;

namespace CollectionSite.Rendering.Text;

/// <summary>
/// Markdown links from data: only http(s) targets become links, anything else stays plain text. Bare addresses
/// follow GitHub-flavoured Markdown's autolink rule, so "…/Heroes_(David_Bowie_album)" keeps its ")" and a
/// sentence's closing punctuation stays outside; link texts show the address as people read it.
/// </summary>
public static partial class MarkdownLinks
{
    /// <summary>Punctuation that ends a sentence rather than an address (GFM's list, plus quotes and ';').</summary>
    private const string TrailingPunctuation = "?!.,:*_~;'\"";

    /// <summary>"[text](url)", with the text escaped and the URL made safe for a link destination.</summary>
    public static string Link(string text, string url)
    {
        var label = MarkdownText.EscapeInline(text);
        return SafeUrl(url) is { } safe ? $"[{label}]({safe})" : label;
    }

    /// <summary>
    /// The URL with characters that would end a Markdown link destination percent-encoded, or null when it is not
    /// http(s). Balanced parentheses stay as they are (CommonMark allows them); unbalanced ones are encoded.
    /// </summary>
    public static string? SafeUrl(string url)
    {
        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var keepParentheses = Balanced(trimmed);
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            builder.Append(c switch
            {
                ' ' => "%20",
                '(' when !keepParentheses => "%28",
                ')' when !keepParentheses => "%29",
                '<' => "%3C",
                '>' => "%3E",
                '"' => "%22",
                '\\' => "%5C",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// An address as its own link: "&lt;url&gt;" when it reads as it is, else "[readable](url)" (percent-encoded
    /// UTF-8 decoded, "Bj%C3%B6rk" → "Björk"). Empty when it is not http(s).
    /// </summary>
    public static string Autolink(string url)
    {
        if (SafeUrl(url) is not { } safe)
        {
            return string.Empty;
        }

        var readable = Readable(url.Trim());
        return readable == safe ? $"<{safe}>" : $"[{MarkdownText.EscapeInline(readable)}]({safe})";
    }

    /// <summary>The address as people read it: percent-encoded text decoded, unless that would show spaces or controls.</summary>
    public static string Readable(string url)
    {
        var decoded = Uri.UnescapeDataString(url);
        return decoded.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? url : decoded;
    }

    /// <summary>Escapes text, turning bare http(s) URLs into autolinks so escaping never breaks them.</summary>
    public static string EscapeWithAutolinks(string text, bool atLineStart)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (Match match in BareUrl().Matches(text))
        {
            var url = AddressPart(match.Value);
            if (SafeUrl(url) is null)
            {
                continue;
            }

            builder.Append(MarkdownText.EscapeLine(text[position..match.Index], atLineStart && position == 0));
            builder.Append(Autolink(url));
            position = match.Index + url.Length;
        }

        builder.Append(MarkdownText.EscapeLine(text[position..], atLineStart && position == 0));
        return builder.ToString();
    }

    /// <summary>
    /// GFM: trailing punctuation is not part of a bare address, and a trailing ")" is only when the address
    /// holds more "(" than ")" without it ("(see https://x.org/Low_(album))." → "https://x.org/Low_(album)").
    /// </summary>
    private static string AddressPart(string candidate)
    {
        var end = candidate.Length;
        while (end > 0)
        {
            var last = candidate[end - 1];
            var span = candidate.AsSpan(0, end);
            if (TrailingPunctuation.Contains(last, StringComparison.Ordinal) || (last == ')' && span.Count(')') > span.Count('(')))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return candidate[..end];
    }

    /// <summary>Every ")" closes an earlier "(" and every "(" is closed.</summary>
    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    [GeneratedRegex(@"https?://[^\s<>\[\]{}|\\^`""]+", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();
}
