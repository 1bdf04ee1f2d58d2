using System.Collections.Concurrent;
using CollectionSite.Domain.Enrichment;
using CollectionSite.Storage;

namespace CollectionSite.Tests.Stages.Artwork;

/// <summary>What the enrichment stages and the override store would say, set by the test.</summary>
public sealed class FakeArtworkLeads : IArtworkLeads
{
    public ConcurrentDictionary<(string Kind, long Id), string> Overrides { get; } = new();

    public ConcurrentDictionary<long, AppleMusicArtwork> Apple { get; } = new();

    public ConcurrentDictionary<long, WikipediaImage> Wikipedia { get; } = new();

    public Task<string?> GetArtworkOverrideAsync(string itemKind, long itemId, CancellationToken cancellationToken) =>
        Task.FromResult(Overrides.GetValueOrDefault((itemKind, itemId)));

    public Task<AppleMusicArtwork?> GetAppleMusicArtworkAsync(long releaseId, CancellationToken cancellationToken) =>
        Task.FromResult(Apple.GetValueOrDefault(releaseId));

    public Task<WikipediaImage?> GetWikipediaThumbnailAsync(long artistId, CancellationToken cancellationToken) =>
        Task.FromResult(Wikipedia.GetValueOrDefault(artistId));
}
