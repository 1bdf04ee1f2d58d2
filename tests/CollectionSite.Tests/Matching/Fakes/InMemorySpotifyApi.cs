using CollectionSite.Clients.Spotify;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Matching.Fakes;

/// <summary>
/// Spotify in memory: a <c>upc:</c> query returns the albums whose external_ids.upc is exactly that code, any
/// other query the searchable albums in order; the limit must be 1..10 (development-mode apps). Calls are recorded.
/// </summary>
public sealed class InMemorySpotifyApi : ISpotifyApi
{
    public List<(SpotifyAlbum Album, bool Searchable)> Albums { get; } = [];

    public List<string> Calls { get; } = [];

    public Exception? Failure { get; set; }

    public InMemorySpotifyApi Add(SpotifyAlbum album, bool searchable = true)
    {
        Albums.Add((album, searchable));
        return this;
    }

    public Task<IReadOnlyList<SpotifyAlbum>> SearchAlbumsAsync(string query, int limit, CancellationToken cancellationToken)
    {
        Assert.That(limit, Is.InRange(1, 10), "development-mode apps are refused above 10");
        Record($"search:{query}|{limit}");
        IEnumerable<SpotifyAlbum> found = query.StartsWith("upc:", StringComparison.Ordinal)
            ? Albums.Where(a => a.Album.Upc == query["upc:".Length..]).Select(a => a.Album)
            : Albums.Where(a => a.Searchable).Select(a => a.Album);
        return Task.FromResult<IReadOnlyList<SpotifyAlbum>>([.. found.Take(limit)]);
    }

    public Task<SpotifyAlbum?> GetAlbumAsync(string id, CancellationToken cancellationToken)
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
