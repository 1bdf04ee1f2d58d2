using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// `collectionsite build --demo` as a newcomer runs it (the real executable, offline), then the real Hugo
/// with warnings as errors: every album and term page exists with a real title, and a second run writes nothing.
/// </summary>
[NonParallelizable]
[Category("Process")]
[Category("Hugo")]
public sealed partial class DemoBuildTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] Taxonomies = ["artists", "genres", "styles", "labels", "formats", "decades"];
    private string folder = string.Empty;

    [OneTimeSetUp]
    public void SetUp() => folder = TestPaths.NewScratchFolder("demo");

    [OneTimeTearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task BuildDemo_ThenHugo_EveryPageBuildsWithARealTitle()
    {
        var site = Path.Combine(folder, "site");
        var first = await BuildDemoAsync(site);
        var (hugoExit, hugoOutput) = await HugoCli.BuildAsync(site, Path.Combine(folder, "public"), Path.Combine(folder, "hugo-cache"));
        TestContext.Out.WriteLine(hugoOutput);
        var releases = DemoReleaseCount();
        var albumTitles = Titles(Path.Combine(folder, "public", "albums"));
        var artistTitles = Titles(Path.Combine(folder, "public", "artists"));
        var termTitles = Taxonomies.SelectMany(t => Titles(Path.Combine(folder, "public", t))).ToList();
        var withCover = Directory.GetFiles(Path.Combine(folder, "public", "albums"), "index.html", SearchOption.AllDirectories)
            .Count(page => File.ReadAllText(page).Contains("<img class=\"cover\"", StringComparison.Ordinal));
        var bundledCovers = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "CollectionSite", "Demo", "Data", "artwork", "releases"), "*.jpg").Length;

        Assert.Multiple(() =>
        {
            Assert.That(first.Output, Does.Contain("Preview it with: hugo server -s"));
            Assert.That(hugoExit, Is.Zero, hugoOutput);
            Assert.That(albumTitles, Has.Count.EqualTo(releases), "one album page per release (a release owned twice is one page)");
            Assert.That(artistTitles.Count, Is.EqualTo(Directory.GetDirectories(Path.Combine(site, "content", "artists")).Length));
            Assert.That(artistTitles.Count, Is.GreaterThanOrEqualTo(40));
            foreach (var (slug, title) in albumTitles.Concat(termTitles))
            {
                Assert.That(title, Is.Not.Empty.And.Not.EqualTo("false").And.Not.EqualTo("true"), $"page {slug}");
                // A decade's display name ("1970s") is its own slug; anywhere else it would mean a missing term page.
                if (!Decade().IsMatch(title))
                {
                    Assert.That(title, Is.Not.EqualTo(slug), $"page {slug} shows its slug as its title");
                }
            }

            Assert.That(withCover, Is.EqualTo(bundledCovers), "every bundled cover, resized by the artwork stage, is on its page");
            Assert.That(Directory.GetFiles(Path.Combine(folder, "public"), "*_hu*", SearchOption.AllDirectories), Is.Empty, "Hugo processed no image");
            Assert.That(albumTitles.Values, Does.Contain("\"Heroes\"").And.Contain("NO").And.Contain("1999").And.Contain("Live: At Leeds").And.Contain("#1 Record"));
        });
    }

    [Test]
    public async Task BuildDemo_SecondRun_WritesNoFiles()
    {
        var site = Path.Combine(folder, "site-twice");
        await BuildDemoAsync(site);
        var before = Snapshot(site);

        var second = await BuildDemoAsync(site);

        Assert.Multiple(() =>
        {
            Assert.That(second.Output, Does.Contain("pages: 0 written, 0 removed"));
            Assert.That(Snapshot(site), Is.EqualTo(before), "no file changed, not even its modification time");
        });
    }

    [Test]
    public async Task BuildDemo_StateLost_NextRunUpdatesTheSiteItWrote()
    {
        var site = Path.Combine(folder, "site-state-lost");
        await BuildDemoAsync(site);
        var page = Directory.GetFiles(Path.Combine(site, "content", "albums"), "index.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(page);
        File.WriteAllText(page, original + "Edited by hand.\n");

        // A new state folder, as after an evicted CI cache: the manifest in the site folder says which files are ours.
        var (exit, output) = await BuildDemoAsync(site, Path.Combine(folder, "new-state"), "--strict");
        var kept = File.ReadAllText(page);
        File.Delete(page); // the fix the summary names
        var (_, cleanOutput) = await BuildDemoAsync(site, Path.Combine(folder, "newer-state"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(3), "--strict: a file was not overwritten");
            Assert.That(output, Does.Contain("1 file(s) in").And.Contain("were not overwritten").And.Contain(Path.GetRelativePath(site, page)));
            Assert.That(output, Does.Not.Contain("Site written to"));
            Assert.That(kept, Is.EqualTo(original + "Edited by hand.\n"), "the edit was kept");
            Assert.That(File.ReadAllText(page), Does.Not.Contain("Edited by hand"), "deleted, it was written again");
            Assert.That(cleanOutput, Does.Contain("Site written to").And.Not.Contain("not overwritten").And.Not.Contain("not written by CollectionSite"));
        });
    }

    private async Task<(int Exit, string Output)> BuildDemoAsync(string site, string? state = null, params string[] extra)
    {
        using var run = CliProcess.Start(folder, new Dictionary<string, string>(), ["build", "--demo", "--output", site, "--state", state ?? site + "-state", .. extra]);
        var exit = await run.WaitAsync(RunTimeout);
        Assert.That(exit, extra.Contains("--strict") ? Is.Zero.Or.EqualTo(3) : Is.Zero, run.Output + run.Error);
        return (exit, run.Output);
    }

    private static int DemoReleaseCount()
    {
        var data = Path.Combine(TestPaths.RepositoryRoot, "src", "CollectionSite", "Demo", "Data", "collection.json");
        using var document = JsonDocument.Parse(File.ReadAllText(data));
        return document.RootElement.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).Distinct().Count();
    }

    /// <summary>Page slug → page title (from the HTML &lt;title&gt;, decoded) for each page folder under <paramref name="section"/>.</summary>
    private static Dictionary<string, string> Titles(string section) =>
        Directory.GetDirectories(section)
            .Where(d => File.Exists(Path.Combine(d, "index.html")) && Path.GetFileName(d) != "page")
            .ToDictionary(
                d => Path.GetFileName(d),
                d => WebUtility.HtmlDecode(TitleTag().Match(File.ReadAllText(Path.Combine(d, "index.html"))).Groups[1].Value));

    private static Dictionary<string, DateTime> Snapshot(string site) =>
        Directory.GetFiles(Path.Combine(site, "content"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    [GeneratedRegex("^[0-9]{4}s$")]
    private static partial Regex Decade();

    [GeneratedRegex("<title>(.*?) · [^<]*</title>", RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
