using CollectionSite.Pipeline;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.EndToEnd;

/// <summary>
/// The nightly no-op: between full listings a run reads page 1 only and, when nothing was added or removed, writes
/// nothing. Anything that differs, the Discogs:FullListingDays day and --full-listing bring the full listing back.
/// </summary>
[NonParallelizable]
[Category("Kestrel")]
public sealed class QuickListingTests
{
    private const string ListingPath = "/users/example/collection/folders/0/releases?";

    [Test]
    public async Task Build_1000ItemsNothingChanged_OneRequestNoFileWrittenAndEveryChangeBringsTheFullListingBack()
    {
        await using var world = await NightlyWorld.StartAsync("quick-listing", FakeDiscogsData.Generate(1000, 100, 50, seed: 14), secondPerRequest: false);
        Assert.That((await world.RunAsync(NightlyWorld.ListFetchRender)).Outcome, Is.EqualTo(RunOutcome.Completed));

        var (noOp, noOpRequests) = await RunCountingAsync(world);
        Assert.Multiple(() =>
        {
            Assert.That(noOpRequests, Is.EqualTo([ListingPath + "page=1&per_page=100&sort=added&sort_order=desc"]), "exactly page 1");
            Assert.That(Written(noOp), Is.Zero, "no file written");
            Assert.That((noOp.Stages[0].Processed, noOp.Stages[0].Skipped), Is.EqualTo((0, 1000)), "listing row: nothing done, every copy unchanged");
        });

        var added = world.Server.Data.AddNewestItems(1, seed: 15).Single();
        var (afterAdd, addRequests) = await RunCountingAsync(world);
        Assert.Multiple(() =>
        {
            Assert.That(addRequests.Count(r => r.StartsWith(ListingPath, StringComparison.Ordinal)), Is.EqualTo(11), "1,001 copies: the whole listing");
            Assert.That(afterAdd.Stages[0].Note, Does.Contain("1 new"));
            Assert.That((afterAdd.Stages[0].Processed, afterAdd.Stages[0].Skipped), Is.EqualTo((1, 1000)), "listing row: the new copy done, the rest unchanged");
            Assert.That(world.AlbumPages(), Has.Count.EqualTo(1001));
        });

        world.Server.Data.RemoveFromCollection(500, 1);
        var (afterRemove, removeRequests) = await RunCountingAsync(world);
        Assert.Multiple(() =>
        {
            Assert.That(removeRequests.Count(r => r.StartsWith(ListingPath, StringComparison.Ordinal)), Is.EqualTo(10));
            Assert.That(afterRemove.Stages[0].Note, Does.Contain("1 removed"));
            Assert.That(world.AlbumPages(), Has.Count.EqualTo(1000));
        });

        world.Clock.Advance(TimeSpan.FromDays(7));
        var (_, dayRequests) = await RunCountingAsync(world);
        Assert.That(dayRequests.Count(r => r.StartsWith(ListingPath, StringComparison.Ordinal)), Is.EqualTo(10), "Discogs:FullListingDays (7) reached");

        var (_, optionRequests) = await RunCountingAsync(world, new RunOptions(FullListing: true));
        var (_, nextRequests) = await RunCountingAsync(world);
        Assert.Multiple(() =>
        {
            Assert.That(optionRequests, Has.Count.EqualTo(10), "--full-listing");
            Assert.That(nextRequests, Has.Count.EqualTo(1), "the full listings moved the next one a week ahead");
            Assert.That(added, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task Harvest_RatingEditedOnPage1_AppliedFromPage1Alone()
    {
        await using var world = await NightlyWorld.StartAsync("quick-listing-edit", FakeDiscogsData.Generate(150, 10, 10, seed: 16), secondPerRequest: false);
        await world.RunAsync(NightlyWorld.ListFetchRender);
        var data = world.Server.Data;
        var top = data.CollectionSnapshot()[0];
        var edited = System.Text.Json.Nodes.JsonNode.Parse(top)!.AsObject();
        var rating = edited["rating"]!.GetValue<int>() == 5 ? 3 : 5;
        edited["rating"] = rating;
        data.RemoveFromCollection(0, 1);
        data.InsertIntoCollection(0, [edited.ToJsonString()]);

        var (summary, requests) = await RunCountingAsync(world);
        var page = world.AlbumPages().Values.Single(p => NightlyWorld.DiscogsId(p) == edited["id"]!.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(requests, Has.Count.EqualTo(1));
            Assert.That(summary.Stages[0].Note, Does.Contain("1 changed"));
            Assert.That((summary.Stages[0].Processed, summary.Stages[0].Skipped), Is.EqualTo((1, 149)), "listing row: the edited copy done, the rest unchanged");
            Assert.That(page, Does.Contain($"\nrating: {rating}\n"));
        });
    }

    private static int Written(RunSummary summary) => summary.Stages.Single(s => s.Stage == "Render pages").Processed;

    private static async Task<(RunSummary Summary, List<string> Requests)> RunCountingAsync(NightlyWorld world, RunOptions? options = null)
    {
        var before = world.Server.Log.Total;
        var summary = await world.RunAsync(NightlyWorld.ListFetchRender, options);
        Assert.That(summary.Outcome, Is.EqualTo(RunOutcome.Completed), summary.Message);
        return (summary, world.Server.Log.Snapshot().Skip(before).Select(r => r.PathAndQuery).ToList());
    }
}
