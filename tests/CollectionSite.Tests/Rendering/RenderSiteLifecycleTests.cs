using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

/// <summary>What happens across runs: pruning, files that are not ours, renames, lastmod, cancellation.</summary>
[TestFixture]
public sealed class RenderSiteLifecycleTests
{
    private const string RickAstley = "content/albums/rick-astley-never-gonna-give-you-up";
    private static readonly DateTimeOffset Added = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Test]
    public async Task RunAsync_ReleaseLeftCollection_RemovesItsBundleButNotUserFiles()
    {
        using var harness = await RenderSiteTests.SeededAsync("render-prune");
        await harness.RenderAsync();
        var userFile = Path.Combine(harness.Output, "content", "albums", "my-notes.md");
        File.WriteAllText(userFile, "mine");
        var others = DiscogsFixtures.Releases.Skip(1).Select((f, i) => DiscogsFixtures.Copy(i + 2, DiscogsFixtures.Release(f).Id, Added)).ToArray();

        await harness.SetCollectionAsync(others);
        var result = await harness.RenderAsync();

        var files = harness.Snapshot().Keys;
        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(Path.Combine(harness.Output, RickAstley)), Is.False, "bundle folder removed once empty");
            Assert.That(files, Has.None.StartsWith("content/artists/rick-astley/"), "unused artist term pruned");
            Assert.That(files, Has.None.StartsWith("content/styles/synth-pop/"), "unused style term pruned");
            Assert.That(File.ReadAllText(userFile), Is.EqualTo("mine"));
            Assert.That(result.Note, Does.Contain("removed").And.Not.Contain(" 0 removed"));
        });
    }

    [Test]
    public async Task RunAsync_TargetExistsButIsNotOurs_LeavesItAndWritesTheRest()
    {
        using var harness = await RenderSiteTests.SeededAsync("render-foreign");
        var foreign = Path.Combine(harness.Output, RickAstley, "index.md");
        Directory.CreateDirectory(Path.GetDirectoryName(foreign)!);
        File.WriteAllText(foreign, "hand-written");

        var first = await harness.RenderAsync();
        var second = await harness.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(foreign), Is.EqualTo("hand-written"));
            Assert.That(harness.Snapshot().Keys, Has.Member($"{RickAstley}/cover-600.jpg"));
            Assert.That(first.Note, Does.Contain("1 skipped (files not written by CollectionSite)"));
            Assert.That(second.Processed, Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_TitleChanged_NewSlugOldUrlAsAliasAndLastmodFromFetchTime()
    {
        using var harness = await RenderSiteTests.SeededAsync("render-rename");
        await harness.RenderAsync();
        var refetched = RenderHarness.Fetched.AddDays(10);
        var release = DiscogsFixtures.Release(DiscogsFixtures.Release249504) with { Title = "Together Forever" };

        await harness.AddReleaseAsync(release, refetched);
        harness.Time.Advance(TimeSpan.FromDays(400));
        await harness.RenderAsync();

        var page = harness.ReadText("content/albums/rick-astley-together-forever/index.md");
        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(Path.Combine(harness.Output, RickAstley)), Is.False);
            Assert.That(page, Does.Contain("aliases:\n- \"/albums/rick-astley-never-gonna-give-you-up/\"\n"));
            Assert.That(page, Does.Contain("lastmod: \"2025-03-11T09:30:15Z\"\n"), "the newest fetch, not the clock");
            Assert.That(page, Does.Contain("date: \"2024-05-08T07:08:09Z\"\n"));
        });
    }

    [Test]
    public async Task RunAsync_UnrelatedReleaseChanged_OtherPagesKeepTheirLastmod()
    {
        using var harness = await RenderSiteTests.SeededAsync("render-lastmod");
        await harness.RenderAsync();
        var before = harness.ReadText($"{RickAstley}/index.md");

        var split = DiscogsFixtures.Release(DiscogsFixtures.Release6895819);
        await harness.AddReleaseAsync(split with { Notes = "Changed" }, RenderHarness.Fetched.AddDays(3));
        var result = await harness.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(harness.ReadText($"{RickAstley}/index.md"), Is.EqualTo(before));
            Assert.That(result.Processed, Is.EqualTo(1), "only the changed album page is written");
        });
    }

    [Test]
    public async Task RunAsync_SameReleaseOwnedTwice_OnePageWithTwoCopiesAndBestRating()
    {
        using var harness = new RenderHarness("render-copies");
        var release = DiscogsFixtures.Release(DiscogsFixtures.Release249504);
        await harness.AddReleaseAsync(release);
        await harness.SetCollectionAsync(DiscogsFixtures.Copy(1, release.Id, Added, rating: 2), DiscogsFixtures.Copy(2, release.Id, Added.AddDays(-3), rating: 4));

        await harness.RenderAsync();

        var page = harness.ReadText($"{RickAstley}/index.md");
        Assert.That(page, Does.Contain("date: \"2024-05-03T07:08:09Z\"\n").And.Contain("copies: 2\nrating: 4\n"));
    }

    [Test]
    public async Task RunAsync_DateAddedInTheFuture_DateIsClampedToNow()
    {
        using var harness = new RenderHarness("render-future");
        var release = DiscogsFixtures.Release(DiscogsFixtures.Release249504);
        await harness.AddReleaseAsync(release);
        await harness.SetCollectionAsync(DiscogsFixtures.Copy(1, release.Id, new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        await harness.RenderAsync();

        Assert.That(harness.ReadText($"{RickAstley}/index.md"), Does.Contain("date: \"2026-01-15T12:00:00Z\"\n"));
    }

    [Test]
    public async Task RunAsync_CancelledMidway_ThrowsAndTheNextRunCompletesTheSite()
    {
        using var complete = await RenderSiteTests.SeededAsync("render-complete");
        await complete.RenderAsync();
        using var harness = await RenderSiteTests.SeededAsync("render-cancel", writeBatchSize: 4);
        using var cancellation = new CancellationTokenSource();
        harness.Reporter.OnItem = count =>
        {
            if (count == 10)
            {
                cancellation.Cancel();
            }
        };

        Assert.That(async () => await harness.RenderAsync(cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        var partial = harness.Snapshot().Count;
        harness.Reporter.OnItem = null;
        await harness.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(partial, Is.Zero, "every changed file is staged before any is moved: a run cancelled while rendering leaves the site as it was");
            Assert.That(harness.Snapshot(), Is.EqualTo(complete.Snapshot()));
            Assert.That(Directory.Exists(Path.Combine(harness.Output, ".collectionsite-tmp")), Is.False);
        });
    }
}
