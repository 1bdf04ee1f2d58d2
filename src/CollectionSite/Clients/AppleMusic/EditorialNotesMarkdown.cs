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

    [GeneratedRegex(@"^(?:[#>+=-]|\d+(?=[.)]))")]
    private static partial Regex BlockMarkerAtLineStart();

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
}
