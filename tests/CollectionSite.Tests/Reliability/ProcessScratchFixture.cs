using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// A test of the real executable in a scratch folder of its own (named after <paramref name="scratchName"/>), deleted
/// afterwards with every pooled SQLite handle on it released first.
/// </summary>
public abstract class ProcessScratchFixture(string scratchName)
{
    /// <summary>How long one child run may take before the test gives up on it.</summary>
    protected static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    protected string Folder { get; private set; } = string.Empty;

    [SetUp]
    public void CreateScratchFolder() => Folder = TestPaths.NewScratchFolder(scratchName);

    [TearDown]
    public void DeleteScratchFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
