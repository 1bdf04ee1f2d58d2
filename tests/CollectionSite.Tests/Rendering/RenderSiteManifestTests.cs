using CollectionSite.Rendering.Output;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

/// <summary>
/// The state database is lost (a CI cache evicted, a fresh clone) while the site folder keeps the pages: the manifest in
/// the site folder says which files are CollectionSite's, so the next run updates and prunes them like before.
/// </summary>
[TestFixture]
public sealed class RenderSiteManifestTests
{
    private const string RickAstley = "content/albums/rick-astley-never-gonna-give-you-up";
    private const string RickAstleyArtist = "content/artists/rick-astley/_index.md";
    private static readonly DateTimeOffset Added = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Test]
    public async Task RunAsync_StateLostThenCollectionChanged_UpdatesAndPrunesLikeACleanRender()
    {
        using var first = await RenderSiteTests.SeededAsync("manifest-first");
        await first.RenderAsync();
        using var fresh = await RenderSiteTests.SeededAsync("manifest-new-state", output: first.Output);
        using var clean = await RenderSiteTests.SeededAsync("manifest-clean");

        var result = await ChangeAndRenderAsync(fresh);
        await ChangeAndRenderAsync(clean);

        Assert.Multiple(() =>
        {
            Assert.That(result.NotOverwritten, Is.Null);
            Assert.That(result.Note, Does.Not.Contain("skipped").And.Not.Contain(" 0 removed"));
            Assert.That(result.Processed, Is.GreaterThan(0), "the changed pages were written");
            Assert.That(Directory.Exists(Path.Combine(first.Output, RickAstley)), Is.False, "the bundle of the release that left was pruned");
            Assert.That(fresh.Snapshot(), Is.EqualTo(clean.Snapshot()), "the same site, manifest included, as a render into an empty folder");
        });
    }

    [Test]
    public async Task RunAsync_StateLostAndUserEditedAPage_KeepsTheEditAndReportsIt()
    {
        using var first = await RenderSiteTests.SeededAsync("manifest-edited");
        await first.RenderAsync();
        var edited = Path.Combine(first.Output, RickAstleyArtist);
        File.AppendAllText(edited, "My own words.\n");
        var userFile = Path.Combine(first.Output, "content", "albums", "my-notes.md");
        File.WriteAllText(userFile, "mine");
        using var fresh = await RenderSiteTests.SeededAsync("manifest-edited-new-state", output: first.Output);
        var split = DiscogsFixtures.Release(DiscogsFixtures.Release6895819);
        await fresh.AddReleaseAsync(split with { Notes = "Changed" }, RenderHarness.Fetched.AddDays(3));

        var result = await fresh.RenderAsync();
        var again = await fresh.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(edited), Does.EndWith("My own words.\n"));
            Assert.That(File.ReadAllText(userFile), Is.EqualTo("mine"));
            Assert.That(result.NotOverwritten, Is.EqualTo(new CollectionSite.Pipeline.NotOverwritten(1, Path.GetFullPath(first.Output), RickAstleyArtist)));
            Assert.That(result.Processed, Is.EqualTo(1), "the changed album page");
            Assert.That(fresh.ReadText(OutputManifest.FileName), Does.Not.Contain(RickAstleyArtist), "the edited file is the user's from now on");
            Assert.That(again.NotOverwritten?.Count, Is.EqualTo(1), "still reported on the next run");
        });
    }

    [Test]
    public async Task RunAsync_KilledAfterMovesBeforeTheManifest_NextRunWithANewStateAdoptsThem()
    {
        using var complete = await RenderSiteTests.SeededAsync("manifest-complete");
        await complete.RenderAsync();
        // The run stops as the manifest is written (the first durable write): every file moved, no manifest yet.
        var files = new FaultySiteFileSystem { FailOn = SiteFileOperation.DurableWrite, Fault = _ => new OperationCanceledException() };
        using var killed = await RenderSiteTests.SeededAsync("manifest-killed", writeBatchSize: 4, files: files);
        Assert.That(async () => await killed.RenderAsync(), Throws.InstanceOf<OperationCanceledException>());
        var written = killed.Snapshot().Keys.Where(p => !p.StartsWith(".collectionsite", StringComparison.Ordinal)).ToList();
        using var fresh = await RenderSiteTests.SeededAsync("manifest-killed-new-state", output: killed.Output);

        var result = await fresh.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(written, Is.Not.Empty, "files were moved into place before the kill");
            Assert.That(result.NotOverwritten, Is.Null, "every file the killed run wrote is adopted");
            Assert.That(fresh.Snapshot(), Is.EqualTo(complete.Snapshot()));
            Assert.That(File.Exists(Path.Combine(fresh.Output, OutputManifest.JournalName)), Is.False);
        });
    }

    [Test]
    public async Task RunAsync_KilledBeforeAnyManifest_JournalListsTheWrittenFiles()
    {
        // The run stops at the tenth move into place: nine files moved, the manifest never written.
        var faults = new FaultySiteFileSystem { FailOn = SiteFileOperation.Move, FailAt = 10, Fault = _ => new OperationCanceledException() };
        using var killed = await RenderSiteTests.SeededAsync("manifest-journal", writeBatchSize: 4, files: faults);

        Assert.That(async () => await killed.RenderAsync(), Throws.InstanceOf<OperationCanceledException>());

        var files = killed.Snapshot().Keys.Where(p => !p.StartsWith(".collectionsite", StringComparison.Ordinal)).ToList();
        var journal = killed.ReadText(OutputManifest.JournalName);
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(killed.Output, OutputManifest.FileName)), Is.False, "the kill came before the manifest");
            Assert.That(files, Is.Not.Empty);
            Assert.That(files, Has.All.Matches<string>(path => journal.Contains($"\t{path}\n", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task RunAsync_ManifestListsAFileOutsideTheSite_NeverTouchesIt()
    {
        using var first = await RenderSiteTests.SeededAsync("manifest-outside");
        await first.RenderAsync();
        var outside = Path.Combine(first.Root, "outside.md");
        File.WriteAllText(outside, "not the site's");
        var manifest = Path.Combine(first.Output, OutputManifest.FileName);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(outside)));
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"files\": {", $"\"files\": {{\n    \"../outside.md\": \"{hash}\",", StringComparison.Ordinal));
        using var fresh = await RenderSiteTests.SeededAsync("manifest-outside-new-state", output: first.Output);

        var result = await fresh.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(outside), Is.EqualTo("not the site's"));
            Assert.That(result.NotOverwritten, Is.Null);
            Assert.That(fresh.ReadText(OutputManifest.FileName), Does.Not.Contain("outside.md"));
        });
    }

    /// <summary>Rick Astley leaves the collection and another release's notes change.</summary>
    private static async Task<CollectionSite.Pipeline.StageResult> ChangeAndRenderAsync(RenderHarness harness)
    {
        var others = DiscogsFixtures.Releases.Skip(1).Select((f, i) => DiscogsFixtures.Copy(i + 2, DiscogsFixtures.Release(f).Id, Added)).ToArray();
        await harness.SetCollectionAsync(others);
        var split = DiscogsFixtures.Release(DiscogsFixtures.Release6895819);
        await harness.AddReleaseAsync(split with { Notes = "Changed" }, RenderHarness.Fetched.AddDays(3));
        return await harness.RenderAsync();
    }
}
