using System.Text;
using System.Text.RegularExpressions;

namespace CollectionSite.Rendering.Text;

/// <summary>
/// Escapes data so Markdown (and Hugo's shortcode scanner) shows it literally: "*bad", "#1 Record", "a|b",
/// "{{&lt; x &gt;}}" all render as typed. Backslash-escaping any ASCII punctuation is valid CommonMark,
/// so escaping a little more than strictly needed is harmless.
/// </summary>
public static partial class MarkdownText
{
    private const string Special = "\\`*_[]<>#|&~{}";

    /// <summary>Escapes one line of inline text: line breaks and tabs become spaces (tables and headings are one line).</summary>
    public static string EscapeInline(string text) => EscapeLine(Whitespace().Replace(text, " ").Trim(), atLineStart: true);

    /// <summary>
    /// Escapes text that sits inside a line. When <paramref name="atLineStart"/> is true, markers that would
    /// start a list, heading underline or ordered list ("- x", "+ x", "1. x", "= x") are escaped too.
    /// </summary>
    public static string EscapeLine(string text, bool atLineStart)
    {
        var builder = new StringBuilder(text.Length + 8);
        var start = 0;
        if (atLineStart)
        {
            text = text.TrimStart();
            if (text.Length > 0 && text[0] is '-' or '+' or '=')
            {
                builder.Append('\\').Append(text[0]);
                start = 1;
            }
            else if (OrderedMarker().Match(text) is { Success: true } marker)
            {
                builder.Append(text, 0, marker.Length - 1).Append('\\').Append(text[marker.Length - 1]);
                start = marker.Length;
            }
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }
            else if (StartsLinkifiedAddress(text, i))
            {
                // Hugo's Markdown turns "https://…" and "www.…" into links by itself, and an escape inside the
                // address ("a\_b") would end that link early: escaped here, the whole address shows as text.
                builder.Append('\\');
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>The ':' of "://" or the '.' of a word-initial "www.": where goldmark's linkify recognises an address.</summary>
    private static bool StartsLinkifiedAddress(string text, int i) =>
        (text[i] == ':' && text.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal))
        || (text[i] == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase) && (i == 3 || !char.IsLetterOrDigit(text[i - 4])));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d{1,9}[.)]")]
    private static partial Regex OrderedMarker();
}
