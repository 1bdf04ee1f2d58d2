using CollectionSite.Configuration;
using CollectionSite.Rendering.Skeleton;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Skeleton;

/// <summary>The repository's skeleton (templates/site) and installers pointed at scratch folders.</summary>
internal static class SkeletonFolders
{
    public static string RepositorySkeleton => Path.Combine(TestPaths.RepositoryRoot, "templates", "site");

    /// <summary>A small real JPEG (64x64) for bundles that need a cover.</summary>
    public static string SampleCover =>
        Path.Combine(TestPaths.RepositoryRoot, "tests", "CollectionSite.Tests", "Rendering", "Skeleton", "TestData", "cover.jpg");

    public static SiteSkeleton Installer(string skeletonDirectory, string outputDirectory, string siteTitle = "Test Collection") =>
        new(new SiteSkeletonOptions(skeletonDirectory, outputDirectory), new AppSettings { Site = { Title = siteTitle } });

    /// <summary>Every file under a folder as sorted forward-slash relative paths.</summary>
    public static List<string> RelativeFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
