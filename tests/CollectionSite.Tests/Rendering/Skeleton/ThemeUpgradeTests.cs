using CollectionSite.Rendering.Skeleton;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Skeleton;

/// <summary>
/// A site made by an earlier CollectionSite gets this version's theme: files still as installed are replaced or removed,
/// files the collector edited are kept, and a site from before the theme manifest is never overwritten.
/// </summary>
public sealed class ThemeUpgradeTests
{
    private const string Layout = "layouts/404.html";
    private string scratch = null!;
    private string site = null!;
    private string newerTheme = null!;

    [SetUp]
    public async Task InstallTheCurrentTheme()
    {
        scratch = TestPaths.NewScratchFolder("theme-upgrade");
        site = Path.Combine(scratch, "site");
        newerTheme = Path.Combine(scratch, "newer-theme");
        CopyFolder(SkeletonFolders.RepositorySkeleton, newerTheme);
        await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, site).InstallAsync(CancellationToken.None);
    }

    [TearDown]
    public void DeleteScratch() => Directory.Delete(scratch, recursive: true);

    [Test]
    public async Task Install_NewerVersionChangedAFile_ReplacesTheUneditedCopy()
    {
        File.AppendAllText(Path.Combine(newerTheme, Layout), "<!-- v2 -->\n");

        var result = await Newer().InstallAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Updated, Is.EqualTo(new[] { Layout }));
            Assert.That(File.ReadAllBytes(Path.Combine(site, Layout)), Is.EqualTo(File.ReadAllBytes(Path.Combine(newerTheme, Layout))));
            Assert.That(result.Kept, Is.Empty);
        });
    }

    [Test]
    public async Task Install_NewerVersionChangedAFileTheCollectorEdited_KeepsTheEdit()
    {
        File.AppendAllText(Path.Combine(newerTheme, Layout), "<!-- v2 -->\n");
        File.WriteAllText(Path.Combine(site, Layout), "my own 404");

        var result = await Newer().InstallAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Kept, Is.EqualTo(new[] { Layout }));
            Assert.That(result.Updated, Is.Empty);
            Assert.That(File.ReadAllText(Path.Combine(site, Layout)), Is.EqualTo("my own 404"));
        });
    }

    [Test]
    public async Task Install_NewerVersionDroppedFiles_RemovesTheUneditedOneOnly()
    {
        const string edited = "layouts/partials/footer.html";
        File.Delete(Path.Combine(newerTheme, Layout));
        File.Delete(Path.Combine(newerTheme, edited));
        File.AppendAllText(Path.Combine(site, edited), "<p>my footer</p>");

        var result = await Newer().InstallAsync(CancellationToken.None);
        var again = await Newer().InstallAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Removed, Is.EqualTo(new[] { Layout }));
            Assert.That(File.Exists(Path.Combine(site, Layout)), Is.False);
            Assert.That(File.ReadAllText(Path.Combine(site, edited)), Does.EndWith("<p>my footer</p>"));
            Assert.That(again.Removed, Is.Empty, "an edited file the theme no longer ships is the collector's from then on");
            Assert.That(File.Exists(Path.Combine(site, edited)), Is.True);
        });
    }

    [Test]
    public async Task Install_SiteFromBeforeTheManifest_KeepsEveryDifferingFileAndRecordsEqualOnes()
    {
        File.Delete(Path.Combine(site, ThemeManifest.FileName));
        File.AppendAllText(Path.Combine(newerTheme, Layout), "<!-- v2 -->\n");

        var result = await Newer().InstallAsync(CancellationToken.None);
        var manifest = await ThemeManifest.LoadAsync(site, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Kept, Is.EqualTo(new[] { Layout }), "no record: an old version's bytes and an edit look alike");
            Assert.That(result.Updated, Is.Empty);
            Assert.That(manifest.Paths, Does.Contain("layouts/_default/single.html").And.Not.Contain(Layout));
        });
    }

    [Test]
    public async Task Install_TitleChangedInSettings_UpdatesAnUneditedHugoToml()
    {
        var result = await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, site, "Renamed Shelf").InstallAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Updated, Is.EqualTo(new[] { SiteSkeleton.ConfigFileName }));
            Assert.That(File.ReadAllText(Path.Combine(site, SiteSkeleton.ConfigFileName)), Does.Contain("title = \"Renamed Shelf\""));
        });
    }

    [Test]
    public async Task Install_NothingChanged_WritesNoFile()
    {
        var before = SkeletonFolders.RelativeFiles(site).ToDictionary(p => p, p => File.GetLastWriteTimeUtc(Path.Combine(site, p)));
        foreach (var path in before.Keys)
        {
            File.SetLastWriteTimeUtc(Path.Combine(site, path), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        var result = await Newer().InstallAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Installed.Concat(result.Updated).Concat(result.Removed).Concat(result.Kept), Is.Empty);
            Assert.That(before.Keys.Select(p => File.GetLastWriteTimeUtc(Path.Combine(site, p)).Year), Has.All.EqualTo(2020), "the manifest too is left alone");
        });
    }

    [Test]
    public async Task Install_DamagedManifest_VouchesForNothing()
    {
        File.WriteAllText(Path.Combine(site, ThemeManifest.FileName), "{ not json");
        File.AppendAllText(Path.Combine(newerTheme, Layout), "<!-- v2 -->\n");

        var result = await Newer().InstallAsync(CancellationToken.None);

        Assert.That(result.Kept, Is.EqualTo(new[] { Layout }));
    }

    private SiteSkeleton Newer() => SkeletonFolders.Installer(newerTheme, site);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in SkeletonFolders.RelativeFiles(from))
        {
            var destination = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(Path.Combine(from, file), destination);
        }
    }
}
