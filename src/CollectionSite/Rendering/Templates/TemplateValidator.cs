namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Checks a scanned template before Handlebars compiles it, so each mistake is reported at its position:
/// unbalanced blocks, an else outside a block, partials (none are registered), unknown helpers, wrong arity.
/// </summary>
internal static class TemplateValidator
{
    private static readonly HashSet<string> BlockHelpers = ["if", "unless", "each", "with"];

    /// <summary>The first problem in <paramref name="tags"/>, or null; <paramref name="helpers"/> maps inline helpers to their arity.</summary>
    public static TemplateProblem? Validate(IReadOnlyList<TemplateTag> tags, IReadOnlyDictionary<string, int> helpers)
    {
        var open = new Stack<TemplateTag>();
        foreach (var tag in tags)
        {
            var problem = tag.Kind switch
            {
                TemplateTagKind.BlockOpen when !BlockHelpers.Contains(tag.Name) =>
                    $"Unknown block helper '#{tag.Name}' (use #if, #unless, #each or #with).",
                TemplateTagKind.BlockOpen when tag.Arguments.Count != 1 =>
                    $"'#{tag.Name}' needs exactly one argument.",
                TemplateTagKind.BlockClose when open.Count == 0 =>
                    $"'/{tag.Name}' closes a block that was never opened.",
                TemplateTagKind.BlockClose when open.Peek().Name != tag.Name =>
                    $"'/{tag.Name}' closes '#{open.Peek().Name}' (opened at line {open.Peek().Line}, column {open.Peek().Column}).",
                TemplateTagKind.Else when open.Count == 0 => "'else' outside a block.",
                TemplateTagKind.Partial => "Partials are not supported.",
                TemplateTagKind.Value when tag.Arguments.Count > 0 && !helpers.ContainsKey(tag.Name) =>
                    $"Unknown helper '{tag.Name}' (known: {string.Join(", ", helpers.Keys.Order(StringComparer.Ordinal))}).",
                TemplateTagKind.Value when helpers.TryGetValue(tag.Name, out var arity) && tag.Arguments.Count != arity =>
                    $"Helper '{tag.Name}' takes {arity} argument(s), got {tag.Arguments.Count}.",
                _ => null,
            };
            if (problem is not null)
            {
                return new TemplateProblem(tag.Line, tag.Column, problem);
            }

            if (tag.Kind == TemplateTagKind.BlockOpen)
            {
                open.Push(tag);
            }
            else if (tag.Kind == TemplateTagKind.BlockClose)
            {
                open.Pop();
            }
        }

        return open.TryPeek(out var unclosed)
            ? new TemplateProblem(unclosed.Line, unclosed.Column, $"'#{unclosed.Name}' is never closed.")
            : null;
    }
}
