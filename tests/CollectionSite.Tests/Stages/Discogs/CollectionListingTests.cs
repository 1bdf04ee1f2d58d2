using CollectionSite.Stages.Discogs;
using CollectionSite.Tests.Clients.Discogs;
using CollectionSite.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CollectionSite.Tests.Stages.Discogs;

/// <summary>
/// The listing is the input of reconciliation, which removes whatever is missing from it: an incomplete listing
/// would delete records from the site. So it must either be complete or throw, whatever the server does.
/// </summary>
[TestFixture]
[Category("Kestrel")]
public sealed class CollectionListingTests
{
    private const string Collection = "/users/";

    [Test]
    public async Task ListAsync_OnePage_ReturnsEveryItemNewestFirstWithOneRequest()
    {
        await using var harness = await StartAsync(57);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
        Assert.That(listing.Requests, Is.EqualTo(1));
    }

    [Test]
    public async Task ListAsync_EmptyCollection_ReturnsNothingWithOneRequest()
    {
        await using var harness = await StartAsync(0);

        var listing = await ListAsync(harness);

        Assert.That((listing.Items.Count, listing.Requests), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task ListAsync_ThousandItems_TenFullPagesAndEveryItemOnce()
    {
        await using var harness = await StartAsync(1000);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
        Assert.That(listing.Requests, Is.EqualTo(10));
        Assert.That(harness.Server.Log.Snapshot().Select(r => r.PathAndQuery), Has.All.Contain("per_page=100"));
    }

    [Test]
    public async Task ListAsync_Real500Items_CompleteAndSortedByDateAddedDescending()
    {
        await using var harness = await DiscogsHarness.StartAsync(new FakeDiscogsOptions { Data = FakeDiscogsData.LoadRealFixtures() });

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EquivalentTo(harness.Data.InstanceIds()));
        Assert.That(listing.Items.Select(i => i.DateAdded), Is.Ordered.Descending);
        Assert.That(listing.Requests, Is.EqualTo(5));
    }

    [Test]
    public async Task ListAsync_ShortPageInTheMiddleOnce_RereadsThatPageAndCompletes()
    {
        await using var harness = await StartAsync(1000);
        harness.Server.Faults.Add(FakeDiscogsFault.ShortPage(3), Collection, page: 4);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
        Assert.That(listing.Requests, Is.EqualTo(11));
        Assert.That(harness.Server.Log.Count(r => r.PathAndQuery.Contains("?page=4&", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public async Task ListAsync_EmptyPageInTheMiddleOnce_RereadsThatPageAndCompletes()
    {
        await using var harness = await StartAsync(1000);
        harness.Server.Faults.Add(FakeDiscogsFault.EmptyPage(), Collection, page: 6);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items, Has.Count.EqualTo(1000));
        Assert.That(listing.Requests, Is.EqualTo(11));
    }

    [Test]
    public async Task ListAsync_LastPageShortTwice_RecoversOnTheThirdRead()
    {
        await using var harness = await StartAsync(950);
        harness.Server.Faults.Add(FakeDiscogsFault.ShortPage(1), Collection, page: 10, times: 2);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items, Has.Count.EqualTo(950));
        Assert.That(listing.Requests, Is.EqualTo(12));
    }

    [Test]
    public async Task ListAsync_FirstPageShortOnce_ListsAgainAndCompletes()
    {
        await using var harness = await StartAsync(300);
        harness.Server.Faults.Add(FakeDiscogsFault.ShortPage(10), Collection, page: 1);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
    }

    [Test]
    public async Task ListAsync_PageShortForever_ThrowsIncompleteListingAfterThreeAttempts()
    {
        await using var harness = await StartAsync(500);
        harness.Server.Faults.Add(FakeDiscogsFault.ShortPage(1), Collection, page: 3, times: FakeDiscogsFaultRule.Forever);

        var ex = Assert.ThrowsAsync<IncompleteListingException>(() => ListAsync(harness));

        Assert.That(ex!.Message, Does.Contain("499").And.Contain("500"));
        Assert.That(harness.Server.Log.Count(r => r.PathAndQuery.Contains("?page=1&", StringComparison.Ordinal)), Is.EqualTo(CollectionListing.MaxListingAttempts));
    }

    [Test]
    public async Task ListAsync_PageEmptyForever_ThrowsIncompleteListing()
    {
        await using var harness = await StartAsync(300);
        harness.Server.Faults.Add(FakeDiscogsFault.EmptyPage(), Collection, page: 2, times: FakeDiscogsFaultRule.Forever);

        Assert.ThrowsAsync<IncompleteListingException>(() => ListAsync(harness));
    }

    [Test]
    public async Task ListAsync_ItemsAddedAfterPage3_RestartsAndCompletesWithTheNewTotal()
    {
        await using var harness = await StartAsync(1000);
        var added = new List<long>();
        harness.Server.Faults.Add(FakeDiscogsFault.ChangeDataAfter(d => added.AddRange(d.AddNewestItems(5))), Collection, page: 3);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
        Assert.That(listing.Items.Take(5).Select(i => i.InstanceId), Is.EqualTo(added));
        Assert.That(listing.Requests, Is.EqualTo(4 + 11), "three pages and the page that saw the new total, then eleven pages of 1,005");
    }

    [Test]
    public async Task ListAsync_ItemRemovedMidListingSamePageCount_RestartsAndCompletesWithoutIt()
    {
        await using var harness = await StartAsync(950);
        var removed = harness.Data.InstanceIds()[10];
        harness.Server.Faults.Add(FakeDiscogsFault.ChangeDataAfter(d => d.RemoveFromCollection(10, 1)), Collection, page: 5);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items, Has.Count.EqualTo(949));
        Assert.That(listing.Items.Select(i => i.InstanceId), Has.No.Member(removed));
    }

    [Test]
    public async Task ListAsync_CollectionChangesOnEveryAttempt_ThrowsInsteadOfReturningAMovingTarget()
    {
        await using var harness = await StartAsync(300);
        harness.Server.Faults.Add(FakeDiscogsFault.ChangeDataAfter(d => d.AddNewestItems(1)), Collection, page: 1, times: FakeDiscogsFaultRule.Forever);

        var ex = Assert.ThrowsAsync<IncompleteListingException>(() => ListAsync(harness));

        Assert.That(ex!.Message, Does.Contain("changed"));
    }

    [Test]
    public async Task ListAsync_CollectionShrinksByAPageMidListing_RestartsAndCompletes()
    {
        await using var harness = await StartAsync(201);
        harness.Server.Faults.Add(FakeDiscogsFault.ChangeDataAfter(d => d.RemoveFromCollection(0, 2)), Collection, page: 2);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
    }

    [Test]
    public async Task ListAsync_CollectionShrinksByAPageWhenDiscogsServesEmptyPages_RestartsAndCompletes()
    {
        var data = FakeDiscogsData.Generate(201, 20, 20, withDetails: false);
        await using var harness = await DiscogsHarness.StartAsync(new FakeDiscogsOptions { Data = data, OutOfRangePage = FakeDiscogsOutOfRangePage.EmptyPage });
        harness.Server.Faults.Add(FakeDiscogsFault.ChangeDataAfter(d => d.RemoveFromCollection(0, 2)), Collection, page: 2);

        var listing = await ListAsync(harness);

        Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
    }

    [Test]
    public async Task ListAsync_ServerServesFiftyPerPage_ReadsEachPageOnce()
    {
        var data = FakeDiscogsData.Generate(500, 50, 50, withDetails: false);
        await using var harness = await DiscogsHarness.StartAsync(new FakeDiscogsOptions { Data = data, MaxPerPage = 50 });

        var listing = await ListAsync(harness);

        Assert.That(listing.Items, Has.Count.EqualTo(500));
        Assert.That(listing.Requests, Is.EqualTo(10));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    [TestCase(7)]
    [TestCase(8)]
    public async Task ListAsync_RandomShortAndEmptyPages_CompleteOrThrowNeverPartial(int seed)
    {
        await using var harness = await StartAsync(700);
        var random = new Random(seed);
        for (var i = 0; i < 4; i++)
        {
            var fault = random.Next(2) == 0 ? FakeDiscogsFault.EmptyPage() : FakeDiscogsFault.ShortPage(random.Next(1, 100));
            harness.Server.Faults.Add(fault, Collection, page: random.Next(1, 8), skip: random.Next(3), times: random.Next(1, 4));
        }

        try
        {
            var listing = await ListAsync(harness);
            Assert.That(listing.Items.Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
        }
        catch (IncompleteListingException)
        {
            Assert.That(harness.Server.Log.Count(r => r.Fault is not null), Is.GreaterThan(0), "only a faulty server may make the listing fail");
        }
    }

    private static Task<DiscogsHarness> StartAsync(int items) =>
        DiscogsHarness.StartAsync(new FakeDiscogsOptions { Data = FakeDiscogsData.Generate(items, Math.Max(1, items / 3), Math.Max(1, items / 5), withDetails: false) });

    private static Task<CompleteListing> ListAsync(DiscogsHarness harness) =>
        new CollectionListing(harness.Client, NullLogger<CollectionListing>.Instance).ListAsync("example", CancellationToken.None);
}
