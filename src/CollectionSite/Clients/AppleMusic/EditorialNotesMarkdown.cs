using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>
/// Apple's editorial notes are HTML fragments "with &lt;b&gt; for bold, &lt;i&gt; for italic, or &lt;br&gt; for line
/// break" and entities. They become Markdown: <c>&lt;i&gt;x&lt;/i&gt;</c> → <c>*x*</c>, <c>&lt;b&gt;x&lt;/b&gt;</c> →
/// <c>**x**</c>, one <c>&lt;br&gt;</c> → a hard line break, two (or a block tag such as &lt;p&gt;) → a new paragraph;
/// every other tag is dropped and its text kept, entities are decoded, and characters Markdown would read as markup
/// are escaped so the text shows as Apple wrote it.
/// </summary>
internal static partial class EditorialNotesMarkdown
{
    private const string HardBreak = "  \n";
    private const string ParagraphBreak = "\n\n";

    private enum Kind
    {
        Text,
        Open,
        Close,
        Break,
        Paragraph,
    }

    /// <returns>Markdown, or null when the notes hold no text.</returns>
    public static string? ToMarkdown(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var markdown = Render(Paired(Tokens(html)));
        return markdown.Length == 0 ? null : markdown;
    }

    // As in HTML, a tag name follows "<" or "</" directly: "a < b" is text.
    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?\s*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(?:[#>+=-]|\d+(?=[.)]))")]
    private static partial Regex BlockMarkerAtLineStart();

    private static List<Token> Tokens(string html)
    {
        var tokens = new List<Token>();
        var at = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            AddText(tokens, html[at..tag.Index]);
            at = tag.Index + tag.Length;
            var kind = tag.Groups["close"].Success ? Kind.Close : Kind.Open;
            switch (tag.Groups["name"].Value.ToUpperInvariant())
            {
                case "I" or "EM":
                    tokens.Add(new Token(kind, "*"));
                    break;
                case "B" or "STRONG":
                    tokens.Add(new Token(kind, "**"));
                    break;
                case "BR":
                    tokens.Add(new Token(Kind.Break, string.Empty));
                    break;
                case "P" or "DIV" or "LI" or "UL" or "OL" or "BLOCKQUOTE" or "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                    tokens.Add(new Token(Kind.Paragraph, string.Empty));
                    break;
            }
        }

        AddText(tokens, html[at..]);
        return tokens;
    }

    /// <summary>Entities are decoded only after the tags were found, so an escaped "&amp;lt;i&amp;gt;" stays text.</summary>
    private static void AddText(List<Token> tokens, string raw)
    {
        if (raw.Length > 0)
        {
            tokens.Add(new Token(Kind.Text, CollapseWhitespace(WebUtility.HtmlDecode(raw))));
        }
    }

    /// <summary>As HTML renders it: any run of spaces, tabs and newlines is one space (a no-break space stays).</summary>
    private static string CollapseWhitespace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\r' or '\n' or '\f'))
            {
                collapsed.Append(c);
            }
            else if (collapsed.Length == 0 || collapsed[^1] != ' ')
            {
                collapsed.Append(' ');
            }
        }

        return collapsed.ToString();
    }

    /// <summary>Keeps emphasis tags that open and close around text within one paragraph; strays and empty pairs go.</summary>
    private static List<Token> Paired(List<Token> tokens)
    {
        var keep = tokens.Select(t => t.Kind is not (Kind.Open or Kind.Close)).ToArray();
        var open = new Dictionary<string, Stack<int>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == Kind.Open)
            {
                (open.TryGetValue(token.Value, out var stack) ? stack : open[token.Value] = new Stack<int>()).Push(i);
            }
            else if (token.Kind == Kind.Close && open.TryGetValue(token.Value, out var stack) && stack.TryPop(out var start))
            {
                var inner = tokens.Skip(start + 1).Take(i - start - 1).ToList();
                var wraps = inner.Any(t => t.Kind == Kind.Text && !string.IsNullOrWhiteSpace(t.Value)) && inner.All(t => t.Kind != Kind.Paragraph);
                keep[start] = keep[i] = wraps;
            }
        }

        return tokens.Where((_, i) => keep[i]).ToList();
    }

    private static string Render(List<Token> tokens)
    {
        var markdown = new StringBuilder();
        var markers = new StringBuilder();
        var pendingBreak = string.Empty;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case Kind.Break:
                    pendingBreak = pendingBreak.Length == 0 ? HardBreak : ParagraphBreak;
                    break;
                case Kind.Paragraph:
                    pendingBreak = ParagraphBreak;
                    break;
                case Kind.Open:
                    markers.Append(token.Value);
                    break;
                case Kind.Close:
                    // "*text *" is not emphasis in Markdown: the marker goes before the trailing space.
                    var trailing = TrailingSpaces(markdown);
                    markdown.Length -= trailing;
                    markdown.Append(token.Value).Append(' ', trailing);
                    break;
                default:
                    AppendText(markdown, markers, ref pendingBreak, token.Value);
                    break;
            }
        }

        return markdown.ToString().TrimEnd();
    }

    private static void AppendText(StringBuilder markdown, StringBuilder markers, ref string pendingBreak, string text)
    {
        var lineStart = markdown.Length == 0 || pendingBreak.Length > 0;
        if (lineStart)
        {
            text = text.TrimStart(' ');
            if (text.Length == 0)
            {
                return;
            }
        }

        if (pendingBreak.Length > 0 && markdown.Length > 0)
        {
            markdown.Length -= TrailingSpaces(markdown);
            markdown.Append(pendingBreak);
        }

        pendingBreak = string.Empty;
        if (text.StartsWith(' '))
        {
            // A space before an opening marker stays outside it ("a *b*", not "a* b*"), and never doubles.
            if (TrailingSpaces(markdown) == 0)
            {
                markdown.Append(' ');
            }

            text = text[1..];
        }

        if (text.Length == 0)
        {
            return;
        }

        var escaped = Escape(text);
        if (lineStart && markers.Length == 0)
        {
            escaped = BlockMarkerAtLineStart().Replace(escaped, m => char.IsAsciiDigit(m.Value[0]) ? m.Value + "\\" : "\\" + m.Value, 1);
        }

        markdown.Append(markers).Append(escaped);
        markers.Clear();
    }

    /// <summary>Backslash-escapes the characters that Markdown reads as inline markup (CommonMark allows it before any ASCII punctuation).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static int TrailingSpaces(StringBuilder text)
    {
        var count = 0;
        while (count < text.Length && text[text.Length - 1 - count] == ' ')
        {
            count++;
        }

        return count;
    }

    private readonly record struct Token(Kind Kind, string Value);
}
