using System.Text.RegularExpressions;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Splits a Handlebars template into its tags with line and column, because Handlebars.Net's own errors
/// carry no position. Only the syntax our templates use is understood: values, blocks, else, comments.
/// </summary>
internal static partial class TemplateScanner
{
    /// <summary>The tags in order, or the problem that stops scanning (an unterminated or empty tag).</summary>
    public static (IReadOnlyList<TemplateTag> Tags, TemplateProblem? Problem) Scan(string source)
    {
        var tags = new List<TemplateTag>();
        var index = 0;
        while ((index = source.IndexOf("{{", index, StringComparison.Ordinal)) >= 0)
        {
            var (line, column) = Position(source, index);
            if (index > 0 && source[index - 1] == '\\')
            {
                // "\{{" is Handlebars' escape for literal braces.
                index += 2;
                continue;
            }

            var isComment = source.AsSpan(index).StartsWith("{{!--");
            var closer = isComment ? "--}}" : source.AsSpan(index).StartsWith("{{{") ? "}}}" : "}}";
            var end = source.IndexOf(closer, index + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                return (tags, new TemplateProblem(line, column, $"'{{{{' is never closed with '{closer}'."));
            }

            end += closer.Length;
            var inner = source[index..end].Trim('{', '}', '~').Trim();
            if (inner.Length == 0)
            {
                return (tags, new TemplateProblem(line, column, "Empty tag '{{}}'."));
            }

            tags.Add(Classify(inner, index, end, line, column));
            index = end;
        }

        return (tags, null);
    }

    private static TemplateTag Classify(string inner, int start, int end, int line, int column)
    {
        var (kind, body) = inner[0] switch
        {
            '!' => (TemplateTagKind.Comment, string.Empty),
            '#' or '^' => (TemplateTagKind.BlockOpen, inner[1..]),
            '/' => (TemplateTagKind.BlockClose, inner[1..]),
            '>' => (TemplateTagKind.Partial, inner[1..]),
            _ => inner == "else" ? (TemplateTagKind.Else, inner) : (TemplateTagKind.Value, inner),
        };
        var words = Word().Matches(body).Select(m => m.Value).ToList();
        return new TemplateTag(start, end, line, column, kind, words.FirstOrDefault() ?? string.Empty, words.Skip(1).ToList());
    }

    private static (int Line, int Column) Position(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    // A word is a quoted string or a run of non-space characters.
    [GeneratedRegex("\"[^\"]*\"|'[^']*'|[^\\s]+")]
    private static partial Regex Word();
}
