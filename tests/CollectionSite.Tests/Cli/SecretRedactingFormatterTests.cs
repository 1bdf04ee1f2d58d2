using CollectionSite.Cli;
using CollectionSite.Configuration;
using Serilog.Events;
using Serilog.Parsing;

namespace CollectionSite.Tests.Cli;

public sealed class SecretRedactingFormatterTests
{
    [Test]
    public void Format_MessageContainsSecret_SecretMasked()
    {
        var formatter = new SecretRedactingFormatter("{Message:lj} {Exception}", new SecretRedactor(["s3cr3t-token"]));
        var template = new MessageTemplateParser().Parse("calling with {Header}");
        var logEvent = new LogEvent(
            DateTimeOffset.UnixEpoch,
            LogEventLevel.Warning,
            new InvalidOperationException("token=s3cr3t-token rejected"),
            template,
            [new LogEventProperty("Header", new ScalarValue("Discogs token=s3cr3t-token"))]);
        using var output = new StringWriter();

        formatter.Format(logEvent, output);

        Assert.Multiple(() =>
        {
            Assert.That(output.ToString(), Does.Not.Contain("s3cr3t-token"));
            Assert.That(output.ToString(), Does.Contain("Discogs token=***"));
        });
    }
}
