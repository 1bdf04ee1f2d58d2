using System.Globalization;
using System.Text;
using Serilog.Events;
using Serilog.Parsing;

namespace CollectionSite.Cli;

/// <summary>
/// With --log-format json, stderr carries JSON only: the command's own one-line messages (a configuration error, "Unexpected
/// error: ...", "Interrupted ...") are written as JSON events at level Error, in the same shape as the log events
/// (<see cref="RedactingJsonFormatter"/>). Each line written becomes one object; callers mask secrets before writing, as
/// they do for text.
/// </summary>
public sealed class JsonLineWriter(TextWriter inner, TimeProvider time) : TextWriter(CultureInfo.InvariantCulture)
{
    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse("{Message:l}");
    private readonly Serilog.Formatting.Compact.RenderedCompactJsonFormatter formatter = new();
    private readonly Lock gate = new();
    private readonly StringBuilder line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (gate)
        {
            if (value == '\n')
            {
                Emit();
            }
            else if (value != '\r')
            {
                line.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        foreach (var character in value ?? string.Empty)
        {
            Write(character);
        }
    }

    public override void Flush()
    {
        lock (gate)
        {
            if (line.Length > 0)
            {
                Emit();
            }

            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Emit()
    {
        var text = line.ToString();
        line.Clear();
        var logEvent = new LogEvent(time.GetUtcNow(), LogEventLevel.Error, null, Template, [new LogEventProperty("Message", new ScalarValue(text))]);
        formatter.Format(logEvent, inner);
        inner.Flush();
    }
}
