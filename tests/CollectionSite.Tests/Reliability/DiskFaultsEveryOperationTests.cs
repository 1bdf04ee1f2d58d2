using System.Security.Cryptography;
using CollectionSite.Pipeline;
using CollectionSite.Rendering.Output;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;
using CollectionSite.Tests.Rendering;
using CollectionSite.Tests.Rendering.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// Every kind of change the renderer makes to the site (staged page write, image copy, folder, journal append, move,
/// prune delete, manifest write) failing with a full disk (ENOSPC) or a denied write (EACCES), through the site writer's
/// file-system seam: the stage ends with one clear line naming the folder and the fix; before the commit the previous
/// site is byte for byte intact, after it every file is whole and vouched for; no temp file is left; render_files claims no
/// bytes that are not on disk; and the next render ends with the site an undisturbed pair of renders makes.
/// </summary>
[Category("Reliability")]
public sealed class DiskFaultsEveryOperationTests
{
    private static readonly DateTimeOffset Added = new(2024, 1, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Operations that happen before anything in the site changes.</summary>
    private static readonly SiteFileOperation[] Staging = [SiteFileOperation.Write, SiteFileOperation.Copy, SiteFileOperation.CreateDirectory, SiteFileOperation.Append];

    public static IEnumerable<TestCaseData> Faults() =>
        from operation in new[]
        {
            SiteFileOperation.Write, SiteFileOperation.Copy, SiteFileOperation.CreateDirectory, SiteFileOperation.Append,
            SiteFileOperation.Move, SiteFileOperation.Delete, SiteFileOperation.DurableWrite,
        }
        from at in new[] { 1, 3 }
        from fault in new[] { "disk-full", "access-denied" }
        where at == 1 || operation is SiteFileOperation.Write or SiteFileOperation.Move
        select new TestCaseData(operation, at, fault);

    [TestCaseSource(nameof(Faults))]
    public async Task RenderAsync_FileOperationFails_OneLineSiteConsistentThenNextRunEqualsUndisturbed(SiteFileOperation operation, int at, string fault)
    {
        using var undisturbed = await RenderSiteTests.SeededAsync("disk-undisturbed");
        await undisturbed.RenderAsync();
        await ChangeAsync(undisturbed);
        await undisturbed.RenderAsync();
        var files = new FaultySiteFileSystem();
        using var harness = await RenderSiteTests.SeededAsync("disk-fault", writeBatchSize: 4, files: files);
        await harness.RenderAsync();
        var previous = harness.Snapshot();
        await ChangeAsync(harness);
        files.Arm(operation, at, fault == "disk-full" ? FaultySiteFileSystem.DiskFull : FaultySiteFileSystem.AccessDenied);

        var error = Assert.ThrowsAsync<PipelineAbortedException>(async () => await harness.RenderAsync());
        var afterFault = harness.Snapshot();
        var vouched = await VouchedAsync(harness, afterFault.Keys);
        var recorded = await harness.Get<RenderStateRepository>().GetOwnedFilesAsync(CancellationToken.None);
        var claimedNotOnDisk = recorded.Where(f => f.Value != "pending" && Hash(harness, f.Key) != f.Value).Select(f => f.Key).ToList();
        files.FailOn = null;
        await harness.RenderAsync();

        Assert.Multiple(() =>
        {
            Assert.That(files.Fired, $"no {operation} number {at} happened");
            Assert.That(error!.Message, Does.StartWith($"Could not write the site into '{Path.GetFullPath(harness.Output)}': "));
            Assert.That(error.Message, Does.Contain(fault == "disk-full" ? "No space left on device. Free some space on that disk" : "is denied. Make the folder writable"));
            Assert.That(error.Message, Does.Not.Contain("\n"));
            if (Staging.Contains(operation) || (operation == SiteFileOperation.Move && at == 1))
            {
                // Before the first move only the pending journal (the writer's own file) may be new.
                Assert.That(Pages(afterFault), Is.EqualTo(Pages(previous)), "the previous site, byte for byte");
                Assert.That(error.Message, Does.EndWith("The previous site is unchanged (nothing was written into it)."));
            }
            else
            {
                Assert.That(
                    error.Message,
                    operation == SiteFileOperation.Move
                        ? Does.Match($@"\. {at - 1} of the \d+ new or changed files are in place, each whole; the others are as they were until the next run\.$")
                        : Does.EndWith("The new pages are in place; the next run finishes the clean-up."),
                    "the line says what state the site is in");
                var pages = afterFault.Where(f => !f.Key.StartsWith(".collectionsite", StringComparison.Ordinal));
                Assert.That(pages.Where(f => !IsOld(f, previous) && !IsOld(f, undisturbed.Snapshot())).Select(f => f.Key), Is.Empty, "every file is a whole version, old or new");
            }

            Assert.That(afterFault.Keys.Where(p => p.StartsWith(".collectionsite-tmp", StringComparison.Ordinal)), Is.Empty, "no temp file left");
            Assert.That(vouched, Is.Empty, "files in the site neither the manifest nor its journal vouch for");
            Assert.That(claimedNotOnDisk, Is.Empty, "render_files claims bytes that are not on disk");
            Assert.That(harness.Snapshot(), Is.EqualTo(undisturbed.Snapshot()), "the next run ends like an undisturbed one");
        });
    }

    /// <summary>A new cover for one album (image copies), and the last release gone from the collection (a page to prune).</summary>
    private static async Task ChangeAsync(RenderHarness harness)
    {
        await harness.Artwork.AddCoverAsync(249504, "a better scan");
        var copies = DiscogsFixtures.Releases.SkipLast(1).Select((fixture, i) => DiscogsFixtures.Copy(i + 1, DiscogsFixtures.Release(fixture).Id, Added.AddDays(i)));
        await harness.SetCollectionAsync([.. copies]);
    }

    private static Dictionary<string, byte[]> Pages(SortedDictionary<string, byte[]> site) =>
        site.Where(f => f.Key != OutputManifest.JournalName).ToDictionary(f => f.Key, f => f.Value);

    private static bool IsOld(KeyValuePair<string, byte[]> file, SortedDictionary<string, byte[]> site) =>
        site.TryGetValue(file.Key, out var bytes) && bytes.AsSpan().SequenceEqual(file.Value);

    /// <summary>Files in the site (the manifest and journal aside) that neither the manifest nor the journal vouches for.</summary>
    private static async Task<List<string>> VouchedAsync(RenderHarness harness, IEnumerable<string> paths)
    {
        var manifest = await OutputManifest.LoadAsync(harness.Output, NullLogger.Instance, CancellationToken.None);
        var missing = new List<string>();
        foreach (var path in paths.Where(p => !p.StartsWith(".collectionsite", StringComparison.Ordinal)))
        {
            if (!await manifest.VouchesForAsync(path, Path.Combine(harness.Output, path), CancellationToken.None))
            {
                missing.Add(path);
            }
        }

        return missing;
    }

    private static string Hash(RenderHarness harness, string path)
    {
        var full = Path.Combine(harness.Output, path);
        return File.Exists(full) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full))) : "missing";
    }

    [TearDown]
    public void TearDown() => SqliteConnection.ClearAllPools();
}
