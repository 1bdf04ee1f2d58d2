using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Pipeline;

/// <summary>
/// An <see cref="ItemStage"/> whose items are the releases in the collection (not removed, not skipped),
/// newest additions first, each once however many copies are owned.
/// </summary>
public abstract class ReleaseStage(StageProgressRepository progress, TimeProvider time, IRunReporter reporter, ILogger logger)
    : ItemStage(progress, time, reporter, logger)
{
    protected override string ItemKind => ItemKinds.Release;

    protected override Task<IReadOnlyList<long>> ListItemsAsync(CancellationToken cancellationToken) =>
        Progress.GetActiveReleaseIdsAsync(RequiresStage, cancellationToken);
}
