using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace CollectionSite.Cli;

/// <summary>
/// Renders log events like the normal text formatter, then blanks every configured secret value.
/// Secrets are never logged on purpose; this catches the accidental case (an exception text, a URL).
/// </summary>
public sealed class SecretRedactingFormatter(string outputTemplate, IReadOnlyCollection<string> secrets) : ITextFormatter
{
    public const string Mask = "***";

    private readonly MessageTemplateTextFormatter inner = new(outputTemplate, System.Globalization.CultureInfo.InvariantCulture);
    private readonly string[] secrets = secrets.Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToArray();

    public void Format(LogEvent logEvent, TextWriter output)
    {
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        inner.Format(logEvent, buffer);
        output.Write(Redact(buffer.ToString()));
    }

    public string Redact(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
