using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Admin;

/// <summary>
/// The pipeline's logger factory without the generic host's own lines: a failed start ("Hosting failed to start") is
/// reported once, by the admin command, as one line with the fix; everything else logs as before.
/// </summary>
internal sealed class QuietHostingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal) ? NullLogger.Instance : inner.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The pipeline owns the inner factory.
    public void Dispose()
    {
    }
}
