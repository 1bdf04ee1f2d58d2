using CollectionSite.Domain;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Storage;

public sealed class CollectionRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private string folder = string.Empty;
    private CollectionRepository repository = null!;

    [SetUp]
    public void SetUp()
    {
        folder = TestPaths.NewScratchFolder("collection");
        repository = new CollectionRepository(new StateDatabase(folder));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task ReconcileAsync_FirstListing_AddsEveryCopy()
    {
        var result = await repository.ReconcileAsync([Item(1, 100), Item(2, 100), Item(3, 200)], Now, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(result, Is.EqualTo(new ReconcileResult(3, 0, 0, 0, 0)));
            Assert.That(await repository.CountActiveAsync(CancellationToken.None), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task ReconcileAsync_CopyLeftAndCameBack_MarkedRemovedThenRestored()
    {
        await repository.ReconcileAsync([Item(1, 100), Item(2, 200)], Now, CancellationToken.None);

        var removal = await repository.ReconcileAsync([Item(1, 100)], Now, CancellationToken.None);
        var active = await repository.GetActiveItemsAsync(CancellationToken.None);
        var restore = await repository.ReconcileAsync([Item(1, 100), Item(2, 200)], Now, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(removal.Removed, Is.EqualTo(1));
            Assert.That(active.Select(i => i.InstanceId), Is.EqualTo(new long[] { 1 }));
            Assert.That(restore.Restored, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ReconcileAsync_SameListingTwice_ChangesNothing()
    {
        CollectionItem[] listing = [Item(1, 100, rating: 4, note: "Mint"), Item(2, 100)];
        await repository.ReconcileAsync(listing, Now, CancellationToken.None);

        var second = await repository.ReconcileAsync(listing, Now.AddDays(1), CancellationToken.None);

        Assert.That(second, Is.EqualTo(new ReconcileResult(0, 0, 0, 0, 2)));
    }

    [Test]
    public async Task ReconcileAsync_RatingChanged_Updated()
    {
        await repository.ReconcileAsync([Item(1, 100)], Now, CancellationToken.None);

        var result = await repository.ReconcileAsync([Item(1, 100, rating: 5)], Now, CancellationToken.None);
        var stored = await repository.GetActiveItemsAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Updated, Is.EqualTo(1));
            Assert.That(stored.Single().Rating, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task GetActiveItemsAsync_RoundTrip_KeepsEveryField()
    {
        var item = Item(7, 700, rating: 3, note: "VG+ \"sleeve\" ✓");

        await repository.ReconcileAsync([item], Now, CancellationToken.None);
        var stored = (await repository.GetActiveItemsAsync(CancellationToken.None)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(stored with { Notes = [] }, Is.EqualTo(item with { Notes = [] }));
            Assert.That(stored.Notes, Is.EqualTo(item.Notes));
        });
    }

    [Test]
    public async Task ReconcileAsync_ListedReleaseDataChanges_StoredForGonePagesButCountedUnchanged()
    {
        ListedRelease Listed(string title) => new(title, [new ArtistCredit(1, "Artist", null, null, null, null)], null, 1975, [], [], [], [], null, null);
        await repository.ReconcileAsync([Item(1, 100) with { Listing = Listed("Old") }], Now, CancellationToken.None);

        var result = await repository.ReconcileAsync([Item(1, 100) with { Listing = Listed("New") }], Now, CancellationToken.None);
        var stored = (await repository.GetActiveItemsAsync(CancellationToken.None)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new ReconcileResult(0, 0, 0, 0, 1)), "the owner changed nothing");
            Assert.That(stored.Listing?.Title, Is.EqualTo("New"));
            Assert.That(stored.Listing?.Artists.Single().Name, Is.EqualTo("Artist"));
        });
    }

    internal static CollectionItem Item(long instanceId, long releaseId, int rating = 0, string? note = null) =>
        new(
            instanceId,
            releaseId,
            1,
            new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(instanceId),
            rating,
            note is null ? [] : [new CollectionNote(3, note)]);
}
