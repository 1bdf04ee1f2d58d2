using CollectionSite.Pipeline;
using CollectionSite.Rendering.Skeleton;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Site;

/// <summary>
/// Puts the Hugo configuration, layouts and stylesheet into the site root, once: files already there (edited or not)
/// are kept, so a user's changes survive every run. Counts: processed = installed, skipped = kept.
/// </summary>
public sealed class InstallSiteSkeleton(SiteSkeleton skeleton, IRunReporter reporter, ILogger<InstallSiteSkeleton> logger) : IPipelineStage
{
    public string Name => "Install site skeleton";

    public DataSource? Source => null;

    public StageRequirement Requirement => StageRequirement.Required;

    public async Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken)
    {
        reporter.StageStarted(Name, 0);
        SkeletonInstallResult outcome;
        try
        {
            outcome = await skeleton.InstallAsync(cancellationToken);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw PipelineAbortedException.Because(
                ex.Message, "It ships beside the executable as templates/site: reinstall or rebuild CollectionSite.", ex);
        }

        foreach (var failure in outcome.Failed)
        {
            logger.LogWarning("Could not install {File} into the site: {Reason}", failure.RelativePath, failure.Reason);
        }

        logger.LogInformation(
            "Site skeleton in {Output}: {Installed} installed, {Kept} kept, {Failed} failed",
            skeleton.Options.OutputDirectory, outcome.Installed.Count, outcome.Kept.Count, outcome.Failed.Count);
        var note = $"{outcome.Installed.Count} installed, {outcome.Kept.Count} kept as they were";
        if (outcome.Failed.Count > 0)
        {
            note += $", {outcome.Failed.Count} failed (see the log)";
        }

        var result = new StageResult(Name, outcome.Installed.Count, outcome.Kept.Count, outcome.Failed.Count, note);
        reporter.StageFinished(result);
        return result;
    }
}
