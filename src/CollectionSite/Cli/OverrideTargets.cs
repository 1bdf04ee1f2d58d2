using CollectionSite.Corrections;
using CollectionSite.Storage;

namespace CollectionSite.Cli;

/// <summary>Whether a release or artist id is known to the state database (to warn about a likely typo).</summary>
internal static class OverrideTargets
{
    public static async Task<bool> IsKnownAsync(CommandContext context, OverrideTarget target, CancellationToken cancellationToken)
    {
        if (target.ItemKind == ItemKinds.Artist)
        {
            return await context.Get<ArtistRepository>().GetAsync(target.ItemId, cancellationToken) is not null;
        }

        return await context.Get<ReleaseRepository>().GetAsync(target.ItemId, cancellationToken) is not null
            || (await context.Get<CollectionRepository>().GetActiveItemsAsync(cancellationToken)).Any(i => i.ReleaseId == target.ItemId);
    }
}
