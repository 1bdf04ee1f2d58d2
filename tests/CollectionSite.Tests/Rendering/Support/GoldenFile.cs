using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>
/// Compares text with a checked-in file under tests/CollectionSite.Tests/Golden (line endings normalized).
/// Set COLLECTIONSITE_UPDATE_GOLDEN=1 to rewrite the files from the actual output, then review the diff.
/// </summary>
public static class GoldenFile
{
    public static string PathOf(string name) => Path.Combine(TestPaths.RepositoryRoot, "tests", "CollectionSite.Tests", "Golden", name);

    public static void AssertMatches(string name, string actual)
    {
        var path = PathOf(name);
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable("COLLECTIONSITE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.That(File.Exists(path), Is.True, $"Golden file {path} is missing: run the tests once with COLLECTIONSITE_UPDATE_GOLDEN=1 and review it.");
        Assert.That(actual, Is.EqualTo(Normalize(File.ReadAllText(path))), $"differs from {path}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
