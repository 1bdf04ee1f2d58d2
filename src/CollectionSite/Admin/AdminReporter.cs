using CollectionSite.Pipeline;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Admin;

/// <summary>Progress of an admin re-render: to the log (the page shows the summary when it is done).</summary>
public sealed class AdminReporter(ILogger<AdminReporter> logger) : IRunReporter
{
    public void StageStarted(string stage, int totalItems) => logger.LogInformation("Admin re-render: {Stage} ({Items} items)", stage, totalItems);

    public void ItemFinished(string stage, bool failed)
    {
    }

    public void StageFinished(StageResult result) => logger.LogInformation("Admin re-render: {Stage} finished: {Note}", result.Stage, result.Note);

    public void Info(string message) => logger.LogInformation("Admin re-render: {Message}", message);
}
