using System.Collections.Concurrent;
using CollectionSite.Clients.Discogs;
using CollectionSite.Domain;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// An IDiscogsApi in memory, for pipeline tests that are about stage logic rather than HTTP:
/// data is set per id, failures are scripted per id, every call is counted.
/// </summary>
public sealed class InMemoryDiscogsApi : IDiscogsApi
{
    public List<CollectionItem> Collection { get; } = [];

    public ConcurrentDictionary<long, Release> Releases { get; } = new();

    public ConcurrentDictionary<long, Master> Masters { get; } = new();

    public ConcurrentDictionary<long, Artist> Artists { get; } = new();

    /// <summary>Calls that throw instead of answering, keyed like "release:12".</summary>
    public ConcurrentDictionary<string, Exception> Failures { get; } = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>Runs on every call before it is answered (e.g. to cancel the run at a chosen request).</summary>
    public Action<string>? OnCall { get; set; }

    public Task<DiscogsIdentity> GetIdentityAsync(CancellationToken cancellationToken) => Task.FromResult(new DiscogsIdentity(1, "tester"));

    public Task<CollectionPage> GetCollectionPageAsync(string username, int page, int perPage, CancellationToken cancellationToken)
    {
        Record($"page:{page}");
        var pages = Math.Max(1, (Collection.Count + perPage - 1) / perPage);
        return Task.FromResult(new CollectionPage(page, pages, Collection.Count, perPage, Collection.Skip((page - 1) * perPage).Take(perPage).ToList()));
    }

    public Task<Fetched<Release>?> GetReleaseAsync(long releaseId, CancellationToken cancellationToken) => Answer("release", releaseId, Releases, cancellationToken);

    public Task<Fetched<Master>?> GetMasterAsync(long masterId, CancellationToken cancellationToken) => Answer("master", masterId, Masters, cancellationToken);

    public Task<Fetched<Artist>?> GetArtistAsync(long artistId, CancellationToken cancellationToken) => Answer("artist", artistId, Artists, cancellationToken);

    /// <summary>
    /// Adds copy <paramref name="instanceId"/> of release instanceId × 100, credited to artist instanceId × 1000;
    /// both answer, and so does the master when <paramref name="masterId"/> is given.
    /// </summary>
    public void AddOwnedRelease(long instanceId, long? masterId = null)
    {
        var releaseId = instanceId * 100;
        Collection.Add(new CollectionItem(instanceId, releaseId, 1, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(instanceId), 0, []));
        Releases[releaseId] = SampleRelease(releaseId, masterId);
        Artists[releaseId * 10] = SampleArtist(releaseId * 10);
        if (masterId is { } master)
        {
            Masters[master] = SampleMaster(master);
        }
    }

    public static Release SampleRelease(long id, long? masterId = null, params ArtistCredit[] artists) => new(
        id, $"Album {id}", artists.Length > 0 ? artists : [new ArtistCredit(id * 10, $"Artist {id}", null, null, null, null)],
        masterId, 1999, "1999", "UK", ["Rock"], ["Punk"], [], [], [], [], [], [], [], [], null, null, null);

    public static Master SampleMaster(long id) => new(id, $"Master {id}", 1977, null, [], ["Rock"], ["Glam"], null);

    public static Artist SampleArtist(long id) => new(id, $"Artist {id}", null, "Profile", [], [], [], [], [], [], null);

    private Task<Fetched<T>?> Answer<T>(string kind, long id, ConcurrentDictionary<long, T> source, CancellationToken cancellationToken)
        where T : class
    {
        var key = $"{kind}:{id}";
        Record(key);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<Fetched<T>?>(cancellationToken);
        }

        if (Failures.TryGetValue(key, out var failure))
        {
            return Task.FromException<Fetched<T>?>(failure);
        }

        return Task.FromResult(source.TryGetValue(id, out var value) ? new Fetched<T>(value, $"{{\"id\":{id}}}") : null);
    }

    private void Record(string call)
    {
        Calls.Enqueue(call);
        OnCall?.Invoke(call);
    }
}
