using System.Globalization;
using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>A first import cut short still publishes every release: partial pages from the listing, filled in later.</summary>
[NonParallelizable]
[Category("Kestrel")]
public sealed class PartialPagesTests
{
    [Test]
    public async Task Build_2000ItemsDetailsFor300_EveryItemHasAPageAndTheNextRunCompletesThemAtTheSamePaths()
    {
        await using var world = await NightlyWorld.StartAsync("partial-pages", FakeDiscogsData.Generate(2000, 200, 100, seed: 11, withoutMasterShare: 0.1), secondPerRequest: true);
        // One fake second per request: 20 listing pages, then the budget (minus the render reserve) allows 300 releases.
        world.Harness.Settings.Run.MaxDuration = TimeBudget.ReserveFloor + TimeSpan.FromSeconds(20 + 300);

        var first = await world.RunAsync(NightlyWorld.ListFetchRender);
        var firstPages = world.AlbumPages();
        var complete = firstPages.Values.Where(p => !NightlyWorld.IsPartial(p)).Select(NightlyWorld.DiscogsId).ToHashSet();
        var newest300 = Enumerable.Range(0, 300).Select(i => (FakeDiscogsData.FirstReleaseId + i).ToString(CultureInfo.InvariantCulture)).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(ExitCode.Success));
            Assert.That(firstPages, Has.Count.EqualTo(2000), "every listed item has a page");
            Assert.That(complete, Is.EquivalentTo(newest300), "details are fetched newest-added first");
            Assert.That(firstPages.Values.Count(NightlyWorld.IsPartial), Is.EqualTo(1700));
            Assert.That(first.Stages.Single(s => s.Stage == "Fetch release details").Left, Is.EqualTo(1700));
        });

        world.Harness.Settings.Run.MaxDuration = null;
        var second = await world.RunAsync(NightlyWorld.ListFetchRender);
        var secondPages = world.AlbumPages();

        Assert.Multiple(() =>
        {
            Assert.That(second.Outcome, Is.EqualTo(RunOutcome.Completed));
            Assert.That(secondPages.Keys, Is.EquivalentTo(firstPages.Keys), "the pages filled in at the same paths");
            Assert.That(secondPages.Values.Where(NightlyWorld.IsPartial), Is.Empty);
            Assert.That(secondPages.Values.Count(p => p.Contains("partial:", StringComparison.Ordinal)), Is.Zero, "complete pages carry no partial key");
        });
    }
}
