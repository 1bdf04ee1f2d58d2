using CollectionSite.Clients.AppleMusic;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Matching.Fakes;

/// <summary>
/// An Apple Music catalog in memory: search returns the searchable albums in their order (the store's relevance),
/// a UPC lookup the albums whose upc is exactly the code asked for, an id lookup that album. Every call is recorded.
/// </summary>
public sealed class InMemoryAppleMusicApi : IAppleMusicApi
{
    public List<(AppleMusicAlbum Album, bool Searchable)> Albums { get; } = [];

    public List<string> Calls { get; } = [];

    /// <summary>Thrown by every call when set (a failing source).</summary>
    public Exception? Failure { get; set; }

    public InMemoryAppleMusicApi Add(AppleMusicAlbum album, bool searchable = true)
    {
        Albums.Add((album, searchable));
        return this;
    }

    public Task<bool> HasStorefrontAsync(CancellationToken cancellationToken)
    {
        Record("storefront");
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<AppleMusicAlbum>> FindAlbumsByUpcAsync(string upc, CancellationToken cancellationToken)
    {
        Record($"upc:{upc}");
        return Task.FromResult<IReadOnlyList<AppleMusicAlbum>>([.. Albums.Where(a => a.Album.Upc == upc).Select(a => a.Album)]);
    }

    public Task<IReadOnlyList<AppleMusicAlbum>> SearchAlbumsAsync(string term, int limit, CancellationToken cancellationToken)
    {
        Assert.That(limit, Is.InRange(1, 25), "Apple allows 1..25 search results");
        Assert.That(term, Is.Not.Empty);
        Record($"search:{term}|{limit}");
        return Task.FromResult<IReadOnlyList<AppleMusicAlbum>>([.. Albums.Where(a => a.Searchable).Take(limit).Select(a => a.Album)]);
    }

    public Task<AppleMusicAlbum?> GetAlbumAsync(string id, CancellationToken cancellationToken)
    {
        Record($"album:{id}");
        return Task.FromResult(Albums.Select(a => a.Album).FirstOrDefault(a => a.Id == id));
    }

    private void Record(string call)
    {
        Calls.Add(call);
        if (Failure is not null)
        {
            throw Failure;
        }
    }
}
