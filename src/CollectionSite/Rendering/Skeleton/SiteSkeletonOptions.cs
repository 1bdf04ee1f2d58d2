using CollectionSite.Configuration;

namespace CollectionSite.Rendering.Skeleton;

/// <summary>Where the Hugo site skeleton is copied from and to.</summary>
/// <param name="SkeletonDirectory">The skeleton: hugo.toml, layouts/, static/ (normally the copy shipped beside the executable).</param>
/// <param name="OutputDirectory">The Hugo site root the pipeline writes into.</param>
public sealed record SiteSkeletonOptions(string SkeletonDirectory, string OutputDirectory)
{
    /// <summary>The skeleton the build ships beside the executable (the csproj copies the repository's templates/site there).</summary>
    public static string BundledSkeletonDirectory => Path.Combine(AppContext.BaseDirectory, "templates", "site");

    /// <summary>The bundled skeleton installed into the configured output folder.</summary>
    public static SiteSkeletonOptions FromSettings(AppSettings settings) => new(BundledSkeletonDirectory, settings.Paths.Output);
}
