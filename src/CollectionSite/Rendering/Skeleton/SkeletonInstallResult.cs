namespace CollectionSite.Rendering.Skeleton;

/// <summary>What one installation did, as site-relative paths with forward slashes.</summary>
/// <param name="Installed">Files that were absent and have been written.</param>
/// <param name="Kept">Files that already existed and were left untouched, edited or not.</param>
/// <param name="Failed">Files that could not be written, with the reason.</param>
public sealed record SkeletonInstallResult(
    IReadOnlyList<string> Installed,
    IReadOnlyList<string> Kept,
    IReadOnlyList<SkeletonFileFailure> Failed);

public sealed record SkeletonFileFailure(string RelativePath, string Reason);
