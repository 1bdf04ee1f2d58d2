using Scriban.Parsing;
using Scriban.Syntax;

namespace CollectionSite.Rendering.Templates;

/// <summary>Turns Scriban's diagnostics (0-based positions) into <see cref="TemplateException"/>s (1-based, one line).</summary>
internal static class ScribanErrors
{
    /// <summary>The first parse error of <paramref name="messages"/>, with a count of any others.</summary>
    public static TemplateException FromParse(string path, IEnumerable<LogMessage> messages)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        var first = errors[0];
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more {(errors.Count == 2 ? "error" : "errors")})" : string.Empty;
        return At(first.Span, path, first.Message + more, null);
    }

    /// <summary>A runtime error at its position; for an included template that fails to parse, the position in that file.</summary>
    public static TemplateException FromRuntime(string path, ScriptRuntimeException exception) =>
        exception is ScriptParserRuntimeException { ParserMessages: { HasErrors: true } messages }
            ? FromParse(path, messages)
            : At(exception.Span, path, exception.OriginalMessage, exception);

    private static TemplateException At(SourceSpan span, string path, string problem, Exception? inner) =>
        new(string.IsNullOrEmpty(span.FileName) ? path : span.FileName, span.Start.Line + 1, span.Start.Column + 1, problem, inner);
}
