using CollectionSite.Configuration;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace CollectionSite.Cli;

/// <summary>Renders log events like the normal text formatter, then masks every secret <paramref name="redactor"/> knows.</summary>
public sealed class SecretRedactingFormatter(string outputTemplate, SecretRedactor redactor) : ITextFormatter
{
    private readonly MessageTemplateTextFormatter inner = new(outputTemplate, System.Globalization.CultureInfo.InvariantCulture);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        inner.Format(logEvent, buffer);
        output.Write(redactor.Redact(buffer.ToString()));
    }
}
