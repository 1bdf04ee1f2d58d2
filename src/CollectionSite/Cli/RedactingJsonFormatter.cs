using System.Globalization;
using CollectionSite.Configuration;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace CollectionSite.Cli;

/// <summary>
/// One JSON object per event (Serilog's <see cref="RenderedCompactJsonFormatter"/>: <c>@t</c>, <c>@m</c>, <c>@i</c>,
/// <c>@l</c>, <c>@x</c> and the properties) with every secret <paramref name="redactor"/> knows masked. Secrets are masked
/// in the event before it is written (template text, property values, the exception text), because JSON escaping
/// changes how a secret looks (a PEM key's line breaks become <c>\n</c>) and a mask over the written text alone would
/// miss it; the written line is masked once more for anything else.
/// </summary>
/// <param name="stackTraces">The file keeps an exception's stack trace; the console gets its type and first line only.</param>
public sealed class RedactingJsonFormatter(SecretRedactor redactor, bool stackTraces = true) : ITextFormatter
{
    private static readonly MessageTemplateParser Parser = new();
    private readonly RenderedCompactJsonFormatter inner = new();

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        inner.Format(Redact(logEvent), buffer);
        output.Write(redactor.Redact(buffer.ToString()));
    }

    private LogEvent Redact(LogEvent logEvent) => new(
        logEvent.Timestamp,
        logEvent.Level,
        logEvent.Exception is { } exception ? new LoggedException(redactor.Redact(stackTraces ? exception.ToString() : Summary(exception))) : null,
        Parser.Parse(redactor.Redact(logEvent.MessageTemplate.Text)),
        logEvent.Properties.Select(property => new LogEventProperty(property.Key, Redact(property.Value))));

    private static string Summary(Exception exception) => $"{exception.GetType().Name}: {exception.Message.Split('\n', 2)[0].TrimEnd('\r')}";

    private LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } => new ScalarValue(redactor.Redact(text)),
        // A Uri or any other object is written as its text: mask that text when it holds a secret (still unquoted, like the object).
        ScalarValue { Value: { } other } when other is not ValueType && other.ToString() is { } text && redactor.Redact(text) != text =>
            new ScalarValue(new MaskedText(redactor.Redact(text))),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Redact)),
        StructureValue structure => new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(e => KeyValuePair.Create(e.Key, Redact(e.Value)))),
        _ => value,
    };

    /// <summary>Stands in for an object whose text held a secret: written as the masked text.</summary>
    private sealed class MaskedText(string text)
    {
        public override string ToString() => text;
    }

    /// <summary>Stands in for the logged exception: the formatter writes <c>@x</c> from <see cref="ToString"/>, here already masked.</summary>
    private sealed class LoggedException(string text) : Exception
    {
        public override string Message => text;

        public override string ToString() => text;
    }
}
