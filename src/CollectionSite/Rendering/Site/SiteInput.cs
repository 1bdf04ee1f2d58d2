using CollectionSite.Domain;
using CollectionSite.Rendering.Text;
using CollectionSite.Storage;

namespace CollectionSite.Rendering.Site;

/// <summary>One album to render: the release, its master (null when it has none or it is not fetched) and the owned copies.</summary>
public sealed record AlbumSource(Release Release, DateTimeOffset FetchedUtc, CachedEntry<Master>? Master, IReadOnlyList<CollectionItem> Copies);

/// <summary>Everything rendering reads from the state database, loaded once per run.</summary>
public sealed record SiteInput(IReadOnlyList<AlbumSource> Albums, IReadOnlyDictionary<long, CachedEntry<Artist>> Artists, DiscogsLinkNames Names);

/// <summary>Loads the <see cref="SiteInput"/>: releases still in the collection, with their masters, artists and copies.</summary>
public sealed class SiteInputLoader(
    ReleaseRepository releases, MasterRepository masters, ArtistRepository artists, CollectionRepository collection, DiscogsIdRepository ids)
{
    public async Task<SiteInput> LoadAsync(CancellationToken cancellationToken)
    {
        var active = await releases.GetActiveAsync(cancellationToken);
        var allMasters = await masters.GetAllAsync(cancellationToken);
        var allArtists = await artists.GetAllAsync(cancellationToken);

        // A copy listed under an id Discogs answered under another (a merged release) belongs to that release's page.
        var answered = await ids.GetAnsweredAsync(DiscogsIdRepository.Release, cancellationToken);
        var copies = (await collection.GetActiveItemsAsync(cancellationToken)).ToLookup(i => answered.GetValueOrDefault(i.ReleaseId, i.ReleaseId));
        var albums = active
            .Select(r => new AlbumSource(
                r.Release,
                r.FetchedUtc,
                r.Release.MasterId is { } masterId ? allMasters.GetValueOrDefault(masterId) : null,
                copies[r.Release.Id].OrderBy(c => c.InstanceId).ToList()))
            .ToList();
        return new SiteInput(albums, allArtists, NamesFor(albums, allMasters, allArtists));
    }

    private static DiscogsLinkNames NamesFor(
        IReadOnlyList<AlbumSource> albums, IReadOnlyDictionary<long, CachedEntry<Master>> masters, IReadOnlyDictionary<long, CachedEntry<Artist>> artists)
    {
        var artistNames = new Dictionary<long, string>();
        foreach (var credit in albums.SelectMany(a => a.Release.Artists.Concat(a.Release.ExtraArtists)).Where(c => c.Id > 0))
        {
            artistNames.TryAdd(credit.Id, credit.Name);
        }

        foreach (var (id, entry) in artists)
        {
            if (entry.Value is { } artist)
            {
                artistNames[id] = artist.Name;
            }
        }

        var labels = new Dictionary<long, string>();
        foreach (var label in albums.SelectMany(a => a.Release.Labels).Where(l => l.Id > 0))
        {
            labels.TryAdd(label.Id, label.Name);
        }

        return new DiscogsLinkNames(
            artistNames,
            albums.ToDictionary(a => a.Release.Id, a => a.Release.Title),
            masters.Where(m => m.Value.Value is not null).ToDictionary(m => m.Key, m => m.Value.Value!.Title),
            labels);
    }
}
