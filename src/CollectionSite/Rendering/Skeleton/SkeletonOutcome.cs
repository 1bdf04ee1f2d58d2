namespace CollectionSite.Rendering.Skeleton;

/// <summary>What happened to one shipped file.</summary>
internal enum SkeletonFileState
{
    Installed,
    Updated,
    Current,
    Kept,
}

/// <summary>The lists <see cref="SkeletonInstallResult"/> is made of, filled file by file.</summary>
internal sealed class SkeletonOutcome
{
    private readonly Dictionary<SkeletonFileState, List<string>> byState = Enum.GetValues<SkeletonFileState>().ToDictionary(state => state, _ => new List<string>());

    public List<string> Removed { get; } = [];

    public List<SkeletonFileFailure> Failed { get; } = [];

    public void Add(SkeletonFileState state, string sitePath) => byState[state].Add(sitePath);

    public SkeletonInstallResult ToResult() => new(
        byState[SkeletonFileState.Installed],
        byState[SkeletonFileState.Updated],
        byState[SkeletonFileState.Current],
        byState[SkeletonFileState.Kept],
        Removed,
        Failed);
}
