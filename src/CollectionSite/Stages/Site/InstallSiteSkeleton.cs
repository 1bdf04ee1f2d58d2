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

        foreach (var kept in outcome.Kept)
        {
            logger.LogInformation("Theme file {File} differs from this version's and is not as CollectionSite installed it: kept as yours (delete it to get this version's)", kept);
        }

        logger.LogInformation(
            "Site skeleton in {Output}: {Installed} installed, {Updated} updated, {Removed} removed, {Current} current, {Kept} kept, {Failed} failed",
            skeleton.Options.OutputDirectory, outcome.Installed.Count, outcome.Updated.Count, outcome.Removed.Count, outcome.Current.Count, outcome.Kept.Count, outcome.Failed.Count);
        var note = Note(outcome);
        var changed = outcome.Installed.Count + outcome.Updated.Count + outcome.Removed.Count;
        var result = new StageResult(Name, changed, outcome.Current.Count + outcome.Kept.Count, outcome.Failed.Count, note);
        reporter.StageFinished(result);
        return result;
    }

    /// <summary>"3 installed, 2 updated, 40 current, 1 kept as edited (delete to update; see the log)", zero counts left out.</summary>
    private static string Note(SkeletonInstallResult outcome)
    {
        var parts = new List<string>();
        void Part(int count, string text)
        {
            if (count > 0)
            {
                parts.Add($"{count} {text}");
            }
        }

        Part(outcome.Installed.Count, "installed");
        Part(outcome.Updated.Count, "updated");
        Part(outcome.Removed.Count, "removed");
        Part(outcome.Current.Count, "current");
        Part(outcome.Kept.Count, "kept as edited (different from this version's theme: delete a file to get the new version; see the log)");
        Part(outcome.Failed.Count, "failed (see the log)");
        return string.Join(", ", parts);
    }
}
