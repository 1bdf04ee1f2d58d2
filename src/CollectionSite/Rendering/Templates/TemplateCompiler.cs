using HandlebarsDotNet;

namespace CollectionSite.Rendering.Templates;

/// <summary>
/// Compiles one template file, turning every failure into a <see cref="TemplateException"/> that names the
/// file and position: our own checks first, then Handlebars; if only Handlebars objects, the failing tag is
/// found by compiling ever longer prefixes of the template (with its open blocks closed).
/// </summary>
internal static class TemplateCompiler
{
    public static HandlebarsTemplate<object, object> Compile(IHandlebars handlebars, string path, string source, IReadOnlyDictionary<string, int> helpers)
    {
        var (tags, problem) = TemplateScanner.Scan(source);
        problem ??= TemplateValidator.Validate(tags, helpers);
        if (problem is not null)
        {
            throw new TemplateException(path, problem.Line, problem.Column, problem.Message);
        }

        try
        {
            return handlebars.Compile(source);
        }
        catch (Exception ex) when (ex is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            var culprit = Locate(handlebars, source, tags);
            throw new TemplateException(path, culprit?.Line ?? 1, culprit?.Column ?? 1, ex.Message, ex);
        }
    }

    private static TemplateTag? Locate(IHandlebars handlebars, string source, IReadOnlyList<TemplateTag> tags)
    {
        var open = new Stack<string>();
        foreach (var tag in tags)
        {
            if (tag.Kind == TemplateTagKind.BlockOpen)
            {
                open.Push(tag.Name);
            }
            else if (tag.Kind == TemplateTagKind.BlockClose && open.Count > 0)
            {
                open.Pop();
            }

            var prefix = source[..tag.End] + string.Concat(open.Select(name => "{{/" + name + "}}"));
            try
            {
                handlebars.Compile(prefix);
            }
            catch (Exception ex) when (ex is HandlebarsException or InvalidOperationException or ArgumentException)
            {
                return tag;
            }
        }

        return null;
    }
}
