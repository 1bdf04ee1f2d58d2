using System.Text.Json;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Clients.Discogs;

/// <summary>Real recorded collection items, served by the fake's paginator, through the production client.</summary>
[TestFixture]
[Category("Kestrel")]
public sealed class DiscogsClientCollectionTests
{
    [Test]
    public async Task GetCollectionPageAsync_Real500Items_FivePagesOfHundredInServedOrder()
    {
        await using var harness = await DiscogsHarness.StartAsync(new FakeDiscogsOptions { Data = FakeDiscogsData.LoadRealFixtures() });

        var pages = new List<CollectionSite.Domain.CollectionPage>();
        for (var page = 1; page <= 5; page++)
        {
            pages.Add(await harness.Client.GetCollectionPageAsync("example", page, 100, CancellationToken.None));
        }

        Assert.That(pages.Select(p => (p.Page, p.Pages, p.TotalItems, p.PerPage, p.Items.Count)), Is.EqualTo(
            Enumerable.Range(1, 5).Select(p => (p, 5, 500, 100, 100))));
        Assert.That(pages.SelectMany(p => p.Items).Select(i => i.InstanceId), Is.EqualTo(harness.Data.InstanceIds()));
    }

    [Test]
    public async Task GetCollectionPageAsync_Real500Items_RatingsFoldersAndOwnerNotesMappedMissingNotesEmpty()
    {
        await using var harness = await DiscogsHarness.StartAsync(new FakeDiscogsOptions { Data = FakeDiscogsData.LoadRealFixtures() });
        var expected = harness.Data.CollectionSnapshot().Select(json =>
        {
            using var item = JsonDocument.Parse(json);
            var root = item.RootElement;
            var notes = root.TryGetProperty("notes", out var n) ? n.EnumerateArray().Select(x => x.GetProperty("field_id").GetInt32()).ToList() : [];
            return (root.GetProperty("rating").GetInt32(), root.GetProperty("folder_id").GetInt32(), notes);
        }).ToList();

        var items = new List<CollectionSite.Domain.CollectionItem>();
        for (var page = 1; page <= 5; page++)
        {
            items.AddRange((await harness.Client.GetCollectionPageAsync("example", page, 100, CancellationToken.None)).Items);
        }

        // 104 of the 500 recorded items have no notes key, 8 are rated.
        Assert.That(items.Select(i => (i.Rating, i.FolderId, i.Notes.Select(n => n.FieldId).ToList())), Is.EqualTo(expected));
        Assert.That(items.Count(i => i.Notes.Count == 0), Is.EqualTo(104));
    }

    [Test]
    public async Task GetCollectionPageAsync_Old2018ItemsWithoutGenres_MapAllFifty()
    {
        var recorded = JsonDocument.Parse(TestPaths.ReadFixture("discogs", "collection_folder_0_releases_page2_of3_dmartinezvelasco_2018.json"));
        var data = new FakeDiscogsData();
        data.AddToCollection(recorded.RootElement.GetProperty("releases").EnumerateArray().Select(r => r.GetRawText()));
        recorded.Dispose();
        await using var harness = await DiscogsHarness.StartAsync(new FakeDiscogsOptions { Data = data });

        var page = await harness.Client.GetCollectionPageAsync("example", 1, 100, CancellationToken.None);

        Assert.That((page.TotalItems, page.Pages, page.Items.Count), Is.EqualTo((50, 1, 50)));
        Assert.That(page.Items.Select(i => i.InstanceId), Is.EqualTo(data.InstanceIds()));
    }
}
