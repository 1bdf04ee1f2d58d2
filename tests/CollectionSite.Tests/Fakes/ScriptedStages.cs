using CollectionSite.Pipeline;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Tests.Fakes;

/// <summary>A per-release stage over a <see cref="ScriptedSource"/> (an enrichment stage as the runner sees it).</summary>
public sealed class ScriptedReleaseStage(
    ScriptedSource script,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<ScriptedReleaseStage> logger) : ReleaseStage(progress, time, reporter, logger)
{
    public const string Key = "test.scripted";

    public override string Name => "Enrich from scripted source";

    public override DataSource? Source => script.Source;

    public override StageRequirement Requirement => script.Requirement;

    protected override string StageKey => Key;

    protected override Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        script.Request(itemId);
        return Task.FromResult(script.UnstorableItems.Contains(itemId)
            ? ItemOutcome.Store((_, _) => throw new IOException("disk full"))
            : ItemOutcome.MarkDone);
    }
}

/// <summary>A stage of another shape (not per item) that throws <see cref="ScriptedSource.Rejection"/> at once.</summary>
public sealed class ThrowingStage(ScriptedSource script) : IPipelineStage
{
    public string Name => "Throw at once";

    public DataSource? Source => script.Source;

    public StageRequirement Requirement => script.Requirement;

    public Task<StageResult> RunAsync(RunContext context, CancellationToken cancellationToken) => throw script.Rejection;
}

/// <summary>
/// A per-release stage that follows the Discogs release details (an enrichment stage as the runner sees it): it takes
/// each release once its details are stored. Records the order it processed releases in.
/// </summary>
public sealed class FollowingReleaseStage(
    ScriptedSource script,
    StageProgressRepository progress,
    TimeProvider time,
    IRunReporter reporter,
    ILogger<FollowingReleaseStage> logger) : ReleaseStage(progress, time, reporter, logger)
{
    public const string Key = "test.following";

    public override string Name => "Enrich following the details";

    public override DataSource? Source => script.Source;

    public override StageRequirement Requirement => script.Requirement;

    protected override string StageKey => Key;

    protected override string? RequiresStage => CollectionSite.Stages.Discogs.FetchReleaseDetails.Key;

    protected override Task<ItemOutcome> ProcessAsync(long itemId, RunContext context, CancellationToken cancellationToken)
    {
        script.Request(itemId);
        return Task.FromResult(ItemOutcome.MarkDone);
    }
}
