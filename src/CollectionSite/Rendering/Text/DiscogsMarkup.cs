using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CollectionSite.Rendering.Text;

/// <summary>
/// Converts Discogs markup in notes and profiles ([a=Name], [a123], [r123], [m=123], [l=Label], [l123],
/// [url=…]text[/url], [b], [i], [u]) into Markdown; everything else is escaped so it shows literally.
/// Line breaks are kept (hard breaks), blank lines separate paragraphs.
/// </summary>
public static partial class DiscogsMarkup
{
    private const string Site = "https://www.discogs.com";

    public static string ToMarkdown(string? text, DiscogsLinkNames names)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var paragraphs = BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim());
        return string.Join("\n\n", paragraphs.Select(p => string.Join(
            "\\\n",
            p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => ConvertLine(l, names, atLineStart: true)))));
    }

    private static string ConvertLine(string line, DiscogsLinkNames names, bool atLineStart)
    {
        var builder = new StringBuilder();
        var position = 0;
        foreach (Match tag in Tag().Matches(line))
        {
            builder.Append(Plain(line[position..tag.Index], atLineStart && position == 0));
            builder.Append(Convert(tag, names));
            position = tag.Index + tag.Length;
        }

        builder.Append(Plain(line[position..], atLineStart && position == 0));
        return builder.ToString();
    }

    private static string Convert(Match tag, DiscogsLinkNames names)
    {
        var kind = tag.Groups["kind"].Value.ToLowerInvariant();
        if (tag.Groups["format"].Success)
        {
            var inner = ConvertLine(tag.Groups["inner"].Value.Trim(), names, atLineStart: false);
            return tag.Groups["format"].Value.ToLowerInvariant() switch
            {
                "b" => inner.Length > 0 ? $"**{inner}**" : string.Empty,
                "i" => inner.Length > 0 ? $"*{inner}*" : string.Empty,
                _ => inner,
            };
        }

        if (tag.Groups["url"].Success)
        {
            var label = tag.Groups["label"].Value.Trim();
            var url = tag.Groups["url"].Value.Trim();
            return MarkdownLinks.Link(label.Length > 0 ? label : MarkdownLinks.Readable(url), url);
        }

        if (tag.Groups["name"].Success)
        {
            // [a=Name], [l=Label]: names without ids: plain text (a name-based URL would be a guess).
            return MarkdownText.EscapeLine(DiscogsNames.StripDisambiguation(tag.Groups["name"].Value), atLineStart: false);
        }

        if (tag.Groups["stray"].Success)
        {
            return string.Empty;
        }

        var id = long.Parse(tag.Groups["id"].Value, CultureInfo.InvariantCulture);
        var (path, lookup, fallback) = kind switch
        {
            "a" => ("artist", names.Artists, "Artist"),
            "r" => ("release", names.Releases, "Release"),
            "m" => ("master", names.Masters, "Master"),
            _ => ("label", names.Labels, "Label"),
        };
        var text = lookup.TryGetValue(id, out var known) ? DiscogsNames.StripDisambiguation(known) : $"{fallback} {id}";
        return MarkdownLinks.Link(text, $"{Site}/{path}/{id}");
    }

    private static string Plain(string text, bool atLineStart) => MarkdownLinks.EscapeWithAutolinks(text, atLineStart);

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(
        @"\[(?<kind>[armlARML])(?<id>\d+)\]|\[(?<kind>[rmRM])=(?<id>\d+)\]|\[(?<kind>[alAL])=(?<name>[^\]]+)\]|\[url=(?<url>[^\]]+)\](?<label>.*?)\[/url\]|\[url\](?<url>.*?)\[/url\]|\[(?<format>[biuBIU])\](?<inner>.*?)\[/\k<format>\]|(?<stray>\[/?[biuBIU]\])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
