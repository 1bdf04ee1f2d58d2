namespace CollectionSite.Tests.Fakes;

/// <summary>Locates the repository, the shared recorded API payloads and per-test scratch folders.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding CollectionSite.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>
    /// Real recorded API payloads: a copy of the team's shared/fixtures/real kept in the repository
    /// (TestData/real, with its PROVENANCE.md), so the suite runs from any clone.
    /// </summary>
    public static string RealFixtures => Path.Combine(RepositoryRoot, "tests", "CollectionSite.Tests", "TestData", "real");

    public static string Fixture(string api, string fileName) => Path.Combine(RealFixtures, api, fileName);

    public static string ReadFixture(string api, string fileName) => File.ReadAllText(Fixture(api, fileName));

    /// <summary>A new empty folder under the system temp folder, unique per call.</summary>
    public static string NewScratchFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "collectionsite-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollectionSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CollectionSite.sln not found above " + AppContext.BaseDirectory);
    }
}
