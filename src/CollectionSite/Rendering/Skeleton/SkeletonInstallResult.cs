namespace CollectionSite.Rendering.Skeleton;

/// <summary>What one installation did, as site-relative paths with forward slashes.</summary>
/// <param name="Installed">Files that were absent and have been written.</param>
/// <param name="Updated">Files as an earlier CollectionSite installed them, replaced by this version's.</param>
/// <param name="Current">Files already equal to this version's.</param>
/// <param name="Kept">Files that differ from this version's and are not as CollectionSite installed them: edited by the
/// user, or from a version that kept no record. Left untouched; deleting one brings this version's back.</param>
/// <param name="Removed">Files an earlier version installed that this one no longer ships, deleted because unedited.</param>
/// <param name="Failed">Files that could not be written, with the reason.</param>
public sealed record SkeletonInstallResult(
    IReadOnlyList<string> Installed,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Current,
    IReadOnlyList<string> Kept,
    IReadOnlyList<string> Removed,
    IReadOnlyList<SkeletonFileFailure> Failed);

public sealed record SkeletonFileFailure(string RelativePath, string Reason);
