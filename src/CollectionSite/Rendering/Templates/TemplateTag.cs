namespace CollectionSite.Rendering.Templates;

/// <summary>What a Handlebars tag does, as far as checking the template's structure needs to know.</summary>
internal enum TemplateTagKind
{
    Value,
    BlockOpen,
    BlockClose,
    Else,
    Partial,
    Comment,
}

/// <summary>One "{{…}}" tag of a template: where it is (1-based line and column), what it is, its words.</summary>
internal sealed record TemplateTag(int Start, int End, int Line, int Column, TemplateTagKind Kind, string Name, IReadOnlyList<string> Arguments);

/// <summary>Something wrong with a template, at a 1-based position.</summary>
internal sealed record TemplateProblem(int Line, int Column, string Message);
