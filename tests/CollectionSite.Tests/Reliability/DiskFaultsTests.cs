using System.Security.Cryptography;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// `build --demo` (the real executable, offline) into a site folder on a small tmpfs that fills up or turns read-only
/// while the second build renders changed pages: one line naming the folder and the fix, exit 1, the previous site
/// byte for byte as it was (no half-written page, no temp file, nothing pruned, the manifest untouched), render_files
/// claiming no bytes that are not there; then, with the disk fixed, the next run ends with the site an undisturbed
/// pair of runs makes.
/// </summary>
[NonParallelizable]
[Category("Process")]
[Category("Reliability")]
public sealed class DiskFaultsTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private string folder = string.Empty;
    private string changedTemplates = string.Empty;

    [SetUp]
    public void SetUp()
    {
        folder = TestPaths.NewScratchFolder("disk-faults");
        // The same data rendered through a changed album template: the second build rewrites every album page.
        changedTemplates = Path.Combine(folder, "templates");
        CopyFolder(Path.Combine(Path.GetDirectoryName(CliProcess.ExecutablePath)!, "templates"), changedTemplates);
        File.AppendAllText(Path.Combine(changedTemplates, "album.md.sbn"), "\nRendered again after a template change.\n");
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Build_DiskFullMidRender_OneLineAndPreviousSiteIntactThenNextRunEqualsUndisturbed()
    {
        var site = Path.Combine(folder, "site");
        using var disk = DiskFaultsMount.Create(site, 4096);
        (await BuildAsync(site, "state", changed: false, expectedExit: 0)).Dispose();
        var before = Snapshot(site);
        var undisturbed = await UndisturbedSiteAsync(site);
        var filler = disk.Fill(freeKilobytes: 64);

        using var failed = await BuildAsync(site, "state", changed: true, expectedExit: 1);
        File.Delete(filler);
        var after = Snapshot(site);
        (await BuildAsync(site, "state", changed: true, expectedExit: 0)).Dispose();

        Assert.Multiple(() =>
        {
            AssertOneLine(failed, site, "No space left on device", "Free some space on that disk");
            Assert.That(after, Is.EqualTo(before), "the previous site, byte for byte (no page written, none deleted, no temp file)");
            Assert.That(Snapshot(site), Is.EqualTo(undisturbed), "the next run with space back ends like an undisturbed one");
        });
    }

    [Test]
    public async Task Build_OutputReadOnly_OneLineAndPreviousSiteIntactThenNextRunEqualsUndisturbed()
    {
        var site = Path.Combine(folder, "site");
        using var disk = DiskFaultsMount.Create(site, 8192);
        (await BuildAsync(site, "state", changed: false, expectedExit: 0)).Dispose();
        var before = Snapshot(site);
        var undisturbed = await UndisturbedSiteAsync(site);
        disk.ReadOnly(true);

        using var failed = await BuildAsync(site, "state", changed: true, expectedExit: 1);
        var after = Snapshot(site);
        disk.ReadOnly(false);
        (await BuildAsync(site, "state", changed: true, expectedExit: 0)).Dispose();

        Assert.Multiple(() =>
        {
            AssertOneLine(failed, site, "Read-only file system", "Make the folder writable");
            Assert.That(after, Is.EqualTo(before));
            Assert.That(Snapshot(site), Is.EqualTo(undisturbed));
        });
    }

    [Test]
    public async Task Build_DiskFullMidRender_RenderFilesClaimOnlyBytesOnDisk()
    {
        var site = Path.Combine(folder, "site");
        using var disk = DiskFaultsMount.Create(site, 4096);
        (await BuildAsync(site, "state", changed: false, expectedExit: 0)).Dispose();
        var filler = disk.Fill(freeKilobytes: 64);

        (await BuildAsync(site, "state", changed: true, expectedExit: 1)).Dispose();
        File.Delete(filler);

        var recorded = RenderFiles(Path.Combine(folder, "state", "demo", StateDatabase.FileName));
        var wrong = recorded.Where(f => f.Value != "pending" && Hash(Path.Combine(site, f.Key)) != f.Value).Select(f => f.Key).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(recorded, Is.Not.Empty);
            Assert.That(wrong, Is.Empty, "render_files records a fingerprint the file on disk does not have");
        });
    }

    private static void AssertOneLine(CliProcess run, string site, string reason, string fix)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), run.Error);
        Assert.That(run.Error, Does.Contain($"Could not write the site into '{site}'").And.Contain(reason).And.Contain(fix).And.Contain("The previous site is unchanged"));
        Assert.That(run.Output + run.Error, Does.Not.Contain("   at "), "no stack trace on the console");
    }

    /// <summary>
    /// The second build with nothing going wrong, on copies of the site and state the first build left (the demo's
    /// fetch times, and so the pages' lastmod, are those of the first build).
    /// </summary>
    private async Task<Dictionary<string, string>> UndisturbedSiteAsync(string site)
    {
        var copy = Path.Combine(folder, "undisturbed");
        CopyFolder(site, copy);
        CopyFolder(Path.Combine(folder, "state"), Path.Combine(folder, "undisturbed-state"));
        (await BuildAsync(copy, "undisturbed-state", changed: true, expectedExit: 0)).Dispose();
        return Snapshot(copy);
    }

    private async Task<CliProcess> BuildAsync(string site, string state, bool changed, int expectedExit)
    {
        var environment = new Dictionary<string, string>();
        if (changed)
        {
            environment["COLLECTIONSITE_Paths__Templates"] = changedTemplates;
        }

        var run = CliProcess.Start(folder, environment, "build", "--demo", "--output", site, "--state", Path.Combine(folder, state));
        var exit = await run.WaitAsync(RunTimeout);
        Assert.That(exit, Is.EqualTo(expectedExit), run.Output + run.Error);
        return run;
    }

    /// <summary>Every file in the site (relative path → SHA-256), the test's filler excluded.</summary>
    private static Dictionary<string, string> Snapshot(string site) =>
        Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "filler.bin")
            .ToDictionary(f => Path.GetRelativePath(site, f), Hash);

    private static string Hash(string path) => File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "missing";

    private static Dictionary<string, string> RenderFiles(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, content_hash FROM render_files;";
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            files[reader.GetString(0)] = reader.GetString(1);
        }

        return files;
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
