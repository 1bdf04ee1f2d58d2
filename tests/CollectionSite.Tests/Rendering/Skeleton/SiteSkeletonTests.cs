using CollectionSite.Configuration;
using CollectionSite.Rendering.Skeleton;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Skeleton;

public sealed class SiteSkeletonTests
{
    private string output = null!;

    [SetUp]
    public void CreateOutput() => output = TestPaths.NewScratchFolder("skeleton-install");

    [TearDown]
    public void DeleteOutput() => Directory.Delete(output, recursive: true);

    [Test]
    public async Task InstallAsync_EmptyOutput_CopiesEveryFile()
    {
        var result = await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, output).InstallAsync(CancellationToken.None);

        var shipped = SkeletonFolders.RelativeFiles(SkeletonFolders.RepositorySkeleton);
        Assert.Multiple(() =>
        {
            Assert.That(result.Installed, Is.EqualTo(shipped));
            Assert.That(result.Kept, Is.Empty);
            Assert.That(result.Failed, Is.Empty);
            Assert.That(SkeletonFolders.RelativeFiles(output), Is.EqualTo(shipped.Prepend(ThemeManifest.FileName)), "no temporary files left behind");
            Assert.That(shipped, Does.Contain("layouts/_default/single.html").And.Contain("static/css/site.css"));
        });
        var css = "static/css/site.css";
        Assert.That(
            File.ReadAllBytes(Path.Combine(output, css)),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(SkeletonFolders.RepositorySkeleton, css))));
    }

    [Test]
    public async Task InstallAsync_EditedFileExists_KeepsItAndInstallsTheRest()
    {
        var edited = Path.Combine(output, "layouts", "_default", "single.html");
        Directory.CreateDirectory(Path.GetDirectoryName(edited)!);
        File.WriteAllText(edited, "{{ define \"main\" }}my own album page{{ end }}");

        var result = await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, output).InstallAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(edited), Is.EqualTo("{{ define \"main\" }}my own album page{{ end }}"));
            Assert.That(result.Kept, Is.EqualTo(new[] { "layouts/_default/single.html" }));
            Assert.That(result.Installed, Does.Contain("hugo.toml").And.Not.Contain("layouts/_default/single.html"));
        });
    }

    [Test]
    public async Task InstallAsync_SecondRunAfterEdits_OverwritesNothing()
    {
        var installer = SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, output);
        var first = await installer.InstallAsync(CancellationToken.None);
        var config = Path.Combine(output, "hugo.toml");
        File.WriteAllText(config, "title = \"Edited by hand\"\n");

        var second = await installer.InstallAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(second.Installed, Is.Empty);
            Assert.That(second.Kept, Is.EqualTo(new[] { "hugo.toml" }));
            Assert.That(second.Current, Is.EqualTo(first.Installed.Where(p => p != "hugo.toml")));
            Assert.That(File.ReadAllText(config), Is.EqualTo("title = \"Edited by hand\"\n"));
        });
    }

    [Test]
    public async Task InstallAsync_DeletedFile_IsInstalledAgain()
    {
        var installer = SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, output);
        await installer.InstallAsync(CancellationToken.None);
        File.Delete(Path.Combine(output, "layouts", "404.html"));

        var result = await installer.InstallAsync(CancellationToken.None);

        Assert.That(result.Installed, Is.EqualTo(new[] { "layouts/404.html" }));
    }

    [Test]
    public async Task InstallAsync_TitleWithQuotesBackslashAndEmoji_WritesEscapedTomlTitle()
    {
        await SkeletonFolders.Installer(SkeletonFolders.RepositorySkeleton, output, "Jo's \"Vinyl\" \\ Shelf 🎶").InstallAsync(CancellationToken.None);

        var config = File.ReadAllText(Path.Combine(output, "hugo.toml"));
        Assert.Multiple(() =>
        {
            Assert.That(config, Does.Contain("title = \"Jo's \\\"Vinyl\\\" \\\\ Shelf 🎶\"\n"));
            Assert.That(config, Does.Not.Contain(SiteSkeleton.TitlePlaceholder));
        });
    }

    [Test]
    public void InstallAsync_MissingSkeletonFolder_ThrowsDirectoryNotFound()
    {
        var missing = Path.Combine(output, "no-such-skeleton");

        Assert.ThrowsAsync<DirectoryNotFoundException>(() => SkeletonFolders.Installer(missing, output).InstallAsync(CancellationToken.None));
    }

    [Test]
    public void FromSettings_Default_PointsAtTheSkeletonShippedBesideTheExecutable()
    {
        var options = SiteSkeletonOptions.FromSettings(new AppSettings { Paths = { Output = "site-out" } });

        Assert.Multiple(() =>
        {
            Assert.That(options.OutputDirectory, Is.EqualTo("site-out"));
            Assert.That(File.ReadAllText(Path.Combine(options.SkeletonDirectory, "hugo.toml")), Does.Contain(SiteSkeleton.TitlePlaceholder));
            Assert.That(
                SkeletonFolders.RelativeFiles(options.SkeletonDirectory),
                Is.EqualTo(SkeletonFolders.RelativeFiles(SkeletonFolders.RepositorySkeleton)));
        });
    }
}
