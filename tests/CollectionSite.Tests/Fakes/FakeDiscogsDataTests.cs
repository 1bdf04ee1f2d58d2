using System.Text.Json;

namespace CollectionSite.Tests.Fakes;

/// <summary>The generated and loaded data sets have the shapes and counts the tests built on them assume.</summary>
[TestFixture]
public sealed class FakeDiscogsDataTests
{
    [Test]
    public void Generate_SameSeed_SameData()
    {
        var first = FakeDiscogsData.Generate(40, 10, 6, seed: 3);
        var second = FakeDiscogsData.Generate(40, 10, 6, seed: 3);

        Assert.That(second.CollectionSnapshot(), Is.EqualTo(first.CollectionSnapshot()));
        Assert.That(second.ReleaseIds().Select(second.Release), Is.EqualTo(first.ReleaseIds().Select(first.Release)));
    }

    [Test]
    public void Generate_Counts_ItemsMastersAndArtistsAsAsked()
    {
        var data = FakeDiscogsData.Generate(300, 40, 25, seed: 5);
        var items = data.CollectionSnapshot().Select(Parse).ToList();
        var masterIds = items.Select(i => i.GetProperty("basic_information").GetProperty("master_id").GetInt64()).ToList();

        Assert.That(data.InstanceIds(), Is.Unique.And.Count.EqualTo(300));
        Assert.That(masterIds.Where(m => m != 0).Distinct().Order(), Is.EqualTo(data.MasterIds()));
        Assert.That(data.MasterIds(), Has.Count.EqualTo(40));
        Assert.That(data.ArtistIds(), Has.Count.EqualTo(25));
        Assert.That(masterIds.Count(m => m == 0), Is.InRange(10, 60), "about a tenth without a master, as on Discogs");
        Assert.That(data.ReleaseIds(), Is.EquivalentTo(items.Select(i => i.GetProperty("id").GetInt64())));
    }

    [Test]
    public void Generate_Items_AreNewestFirst()
    {
        var added = FakeDiscogsData.Generate(50, 5, 5, withDetails: false).CollectionSnapshot()
            .Select(i => Parse(i).GetProperty("date_added").GetDateTimeOffset()).ToList();

        Assert.That(added, Is.Ordered.Descending);
    }

    [Test]
    public void Generate_ReleaseWithoutMaster_HasNoMasterIdKeyAndItsItemHasMasterId0()
    {
        var data = FakeDiscogsData.Generate(100, 10, 10, seed: 2);
        var item = data.CollectionSnapshot().Select(Parse).First(i => i.GetProperty("basic_information").GetProperty("master_id").GetInt64() == 0);
        var release = Parse(data.Release(item.GetProperty("id").GetInt64())!);

        Assert.That(release.TryGetProperty("master_id", out _), Is.False);
        Assert.That(item.GetProperty("basic_information").GetProperty("master_url").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Generate_ReleaseWithMaster_PointsAtAServedMasterWhoseMainReleaseExists()
    {
        var data = FakeDiscogsData.Generate(60, 8, 4, seed: 9);
        foreach (var masterId in data.MasterIds())
        {
            var master = Parse(data.Master(masterId)!);
            var main = Parse(data.Release(master.GetProperty("main_release").GetInt64())!);

            Assert.That(main.GetProperty("master_id").GetInt64(), Is.EqualTo(masterId));
        }
    }

    [Test]
    public void AddNewestItems_PutsNewCopiesFirstWithFreshIdsAndReleases()
    {
        var data = FakeDiscogsData.Generate(20, 5, 5);
        var before = data.InstanceIds();

        var added = data.AddNewestItems(3);

        Assert.That(data.InstanceIds().Take(3), Is.EqualTo(added));
        Assert.That(added, Has.None.AnyOf(before.Cast<object>().ToArray()));
        Assert.That(data.CollectionSnapshot().Take(3).Select(i => data.Release(Parse(i).GetProperty("id").GetInt64())), Has.None.Null);
        Assert.That(data.CollectionSnapshot().Take(4).Select(i => Parse(i).GetProperty("date_added").GetDateTimeOffset()), Is.Ordered.Descending);
    }

    [Test]
    public void LoadRealFixtures_Always_HasThe500ItemsAndEveryRecordedResource()
    {
        var data = FakeDiscogsData.LoadRealFixtures();

        Assert.That(data.CollectionCount, Is.EqualTo(500));
        Assert.That(data.ReleaseIds(), Is.EquivalentTo(new long[] { 1, 249504, 1287017, 3329867, 6145364, 6895819 }));
        Assert.That(data.MasterIds(), Is.EquivalentTo(new long[] { 1000, 4242, 33687 }));
        Assert.That(data.ArtistIds(), Is.EquivalentTo(new long[] { 1, 2, 45, 108713 }));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
