namespace CollectionSite.Rendering.Templates;

/// <summary>
/// A template that cannot be parsed or rendered, with the file and, when known, the 1-based position. The message
/// is one line: "Template PATH, line L, column C: PROBLEM".
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string templatePath, int? line, int? column, string problem, Exception? innerException = null)
        : base(Describe(templatePath, line, column, problem), innerException)
    {
        TemplatePath = templatePath;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public TemplateException()
        : this("(unknown template)", null, null, "Template error.")
    {
    }

    public TemplateException(string message)
        : this("(unknown template)", null, null, message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : this("(unknown template)", null, null, message, innerException)
    {
    }

    public string TemplatePath { get; }

    public int? Line { get; }

    public int? Column { get; }

    public string Problem { get; }

    private static string Describe(string path, int? line, int? column, string problem)
    {
        // Messages for people are one line; parser messages can quote template text with line breaks in it.
        var text = string.Join(' ', problem.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return line is { } l ? $"Template {path}, line {l}, column {column ?? 1}: {text}" : $"Template {path}: {text}";
    }
}
