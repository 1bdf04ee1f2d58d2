using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CollectionSite.Clients.AppleMusic;

/// <summary>Reading the HTML: tags to tokens, text with entities decoded and whitespace collapsed, emphasis paired.</summary>
internal static partial class EditorialNotesMarkdown
{
    private enum Kind
    {
        Text,
        Open,
        Close,
        Break,
        Paragraph,
    }

    // As in HTML, a tag name follows "<" or "</" directly: "a < b" is text.
    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?\s*>")]
    private static partial Regex Tag();

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

    private readonly record struct Token(Kind Kind, string Value);
}
