using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Discogs.Models;

namespace CollectionSite.Tests.Demo;

public sealed class DemoDataTests
{
    private static IEnumerable<string> ReleaseFiles() => DemoData.Files("releases", ".json");

    private static IEnumerable<string> MasterFiles() => DemoData.Files("masters", ".json");

    private static IEnumerable<string> ArtistFiles() => DemoData.Files("artists", ".json");

    [TestCaseSource(nameof(ReleaseFiles))]
    public void ReleaseFile_ThroughWireModelAndMapper_MapsToItsId(string path)
    {
        var release = DiscogsMapper.ToDomain(DemoData.Deserialize(path, DiscogsJsonContext.Default.ReleaseDto));

        Assert.Multiple(() =>
        {
            Assert.That(release.Id, Is.EqualTo(DemoData.IdOf(path)));
            Assert.That(release.Title, Is.Not.Empty);
            Assert.That(release.Artists, Is.Not.Empty);
            Assert.That(release.Tracklist, Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(MasterFiles))]
    public void MasterFile_ThroughWireModelAndMapper_HasItsIdAndAnOriginalYear(string path)
    {
        var master = DiscogsMapper.ToDomain(DemoData.Deserialize(path, DiscogsJsonContext.Default.MasterDto));

        Assert.That((master.Id, master.Year is > 1900), Is.EqualTo((DemoData.IdOf(path), true)));
    }

    [TestCaseSource(nameof(ArtistFiles))]
    public void ArtistFile_ThroughWireModelAndMapper_HasItsIdAndName(string path)
    {
        var artist = DiscogsMapper.ToDomain(DemoData.Deserialize(path, DiscogsJsonContext.Default.ArtistDto));

        Assert.Multiple(() =>
        {
            Assert.That(artist.Id, Is.EqualTo(DemoData.IdOf(path)));
            Assert.That(artist.Name, Is.Not.Empty);
        });
    }

    [Test]
    public void Collection_Items_AreAtLeastFortyDistinctReleasesNewestFirstWithUniqueInstances()
    {
        var items = DemoData.Collection();

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i.ReleaseId).Distinct().Count(), Is.GreaterThanOrEqualTo(40));
            Assert.That(items.Select(i => i.InstanceId), Is.Unique);
            Assert.That(items.Select(i => i.DateAdded), Is.Ordered.Descending);
        });
    }

    [Test]
    public void Collection_OneReleaseOwnedTwice_HasTwoInstances()
    {
        var owned = DemoData.Collection().GroupBy(i => i.ReleaseId).Where(g => g.Count() > 1).ToList();

        Assert.That(owned.Select(g => (g.Key, g.Count())), Is.EqualTo(new[] { (1L, 2) }));
    }

    [Test]
    public void Collection_EveryItemsRelease_HasAReleaseFileAndNoOrphanReleaseFiles()
    {
        var collected = DemoData.Collection().Select(i => i.ReleaseId).ToHashSet();
        var files = ReleaseFiles().Select(DemoData.IdOf).ToHashSet();

        Assert.That(files, Is.EquivalentTo(collected));
    }

    [Test]
    public void Masters_ReferencedButMissing_AreExactlyTheTwoPlanned404s()
    {
        var referenced = ReleaseFiles().Select(f => DemoData.Release(DemoData.IdOf(f)).MasterId).OfType<long>().ToHashSet();
        var present = MasterFiles().Select(DemoData.IdOf).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(referenced.Except(present), Is.EquivalentTo(new[] { 420813L, 668886L }));
            Assert.That(present.Except(referenced), Is.Empty, "a master file nothing refers to");
        });
    }

    [Test]
    public void Artists_EveryMainArtistButVariousAndOnePlanned404_HasAFile()
    {
        var credited = ReleaseFiles().SelectMany(f => DemoData.Release(DemoData.IdOf(f)).Artists).Select(a => a.Id)
            .Where(id => id != 194).ToHashSet();
        var present = ArtistFiles().Select(DemoData.IdOf).ToHashSet();

        Assert.That(credited.Except(present), Is.EquivalentTo(new[] { 4536310L }));
    }

    [Test]
    public void DemoFolder_Total_StaysUnderOneMegabyte()
    {
        var bytes = Directory.EnumerateFiles(DemoData.Root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.That(bytes, Is.LessThan(1_000_000));
    }

    [Test]
    public void DemoFolder_ShipsBesideTheExecutable()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "demo");

        Assert.That(
            File.ReadAllBytes(Path.Combine(shipped, "collection.json")),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(DemoData.Root, "collection.json"))));
    }
}
