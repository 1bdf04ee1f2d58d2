using System.Globalization;
using System.Text;
using CollectionSite.Domain;
using CollectionSite.Rendering;
using CollectionSite.Rendering.Models;
using CollectionSite.Rendering.Site;
using CollectionSite.Rendering.Slugs;
using CollectionSite.Rendering.Templates;
using CollectionSite.Storage;
using CollectionSite.Tests.Rendering.Support;

namespace CollectionSite.Tests.Rendering;

/// <summary>
/// The shape that keeps a large render's memory flat: the site input holds release outlines only, and the pages load
/// whole releases one bounded batch at a time, when the renderer reaches them.
/// </summary>
[TestFixture]
public sealed class SitePagesBatchTests
{
    private static readonly DateTimeOffset Added = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Test]
    public async Task LoadAsync_StoredReleases_AreOutlinesWithoutTracklistsNotesOrCredits()
    {
        using var harness = await SeededAsync("batch-outline", 3);

        var input = await harness.Get<SiteInputLoader>().LoadAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(input.Albums, Has.Count.EqualTo(3));
            Assert.That(input.Albums, Has.All.Matches<AlbumSource>(a => a.Outline));
            Assert.That(input.Albums.Select(a => a.Release.Tracklist.Count), Has.All.Zero);
            Assert.That(input.Albums.Select(a => a.Release.Notes), Has.All.Null);
            Assert.That(input.Albums.SelectMany(a => a.Release.ExtraArtists).Select(c => c.Role), Has.All.Null);
            Assert.That(input.Albums.SelectMany(a => a.Copies).Select(c => c.Listing), Has.All.Null);
        });
    }

    [Test]
    public async Task RenderAsync_MoreAlbumsThanOneBatch_LoadsWholeReleasesInBoundedBatchesOnlyWhenReached()
    {
        var count = (AlbumDetailBatch.Size * 2) + 3;
        using var harness = await SeededAsync("batch-render", count);
        var details = new CountingAlbumDetails(harness.Get<IAlbumDetails>());
        var pages = new SitePages(harness.Get<ITemplateRenderer>(), harness.Get<PageComposer>(), harness.Get<AlbumPageBuilder>(), details);
        var input = await harness.Get<SiteInputLoader>().LoadAsync(CancellationToken.None);
        var catalog = SiteCatalog.Build(input);
        var slugs = await harness.Get<SlugService>().AssignAsync(catalog, CancellationToken.None);

        var albumPages = 0;
        var mostAhead = 0;
        var tracklists = 0;
        await foreach (var page in pages.RenderAsync(input, catalog, slugs, new Dictionary<string, PageState>(), CancellationToken.None))
        {
            if (!page.PageKey.StartsWith("album:", StringComparison.Ordinal))
            {
                continue;
            }

            albumPages++;
            // Whole releases loaded but not yet rendered: never more than one batch.
            mostAhead = Math.Max(mostAhead, details.Loaded - albumPages);
            tracklists += Encoding.UTF8.GetString(page.Files[0].Content!).Contains("## Tracklist", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Multiple(() =>
        {
            Assert.That(albumPages, Is.EqualTo(count));
            Assert.That(details.Batches, Is.EqualTo(new[] { AlbumDetailBatch.Size, AlbumDetailBatch.Size, 3 }));
            Assert.That(mostAhead, Is.LessThan(AlbumDetailBatch.Size));
            Assert.That(tracklists, Is.EqualTo(count), "every album page is built from its whole release");
        });
    }

    [Test]
    public void Of_RecordedReleases_KeepsTheTermsAndLinkNamesOfTheWholeRelease()
    {
        var whole = DiscogsFixtures.Releases.Select(DiscogsFixtures.Release).ToList();
        var outlines = whole.Select(ReleaseOutline.Of).ToList();
        var artists = new Dictionary<long, CachedEntry<Artist>>();
        static AlbumSource Album(Release release) => new(release, Added, null, []);

        Assert.Multiple(() =>
        {
            for (var i = 0; i < whole.Count; i++)
            {
                var expected = AlbumTerms.For(Album(whole[i]), artists).ToDictionary(t => t.Key, t => string.Join("|", t.Value));
                Assert.That(AlbumTerms.For(Album(outlines[i]), artists).ToDictionary(t => t.Key, t => string.Join("|", t.Value)), Is.EqualTo(expected), whole[i].Title);
            }

            var fromWhole = SiteLinkNames.For([.. whole.Select(Album)], new Dictionary<long, CachedEntry<Master>>(), artists, new Dictionary<long, long>());
            var fromOutlines = SiteLinkNames.For([.. outlines.Select(Album)], new Dictionary<long, CachedEntry<Master>>(), artists, new Dictionary<long, long>());
            Assert.That(fromOutlines.Artists, Is.EqualTo(fromWhole.Artists));
            Assert.That(fromOutlines.Releases, Is.EqualTo(fromWhole.Releases));
            Assert.That(fromOutlines.Labels, Is.EqualTo(fromWhole.Labels));
            Assert.That(outlines.Sum(r => r.Tracklist.Count), Is.Zero);
        });
    }

    private static async Task<RenderHarness> SeededAsync(string purpose, int count)
    {
        var harness = new RenderHarness(purpose);
        var template = DiscogsFixtures.Release(DiscogsFixtures.Release249504);
        var copies = new List<CollectionItem>();
        for (var i = 1; i <= count; i++)
        {
            var release = template with { Id = 900_000 + i, Title = $"Album {i.ToString(CultureInfo.InvariantCulture)}" };
            await harness.AddReleaseAsync(release);
            copies.Add(DiscogsFixtures.Copy(i, release.Id, Added.AddDays(i)) with { Listing = new ListedRelease(release.Title, release.Artists, release.MasterId, release.Year, release.Genres, release.Styles, release.Labels, release.Formats, null, null) });
        }

        await harness.SetCollectionAsync([.. copies]);
        return harness;
    }

    /// <summary>Counts the whole releases asked for and the size of each batch.</summary>
    private sealed class CountingAlbumDetails(IAlbumDetails inner) : IAlbumDetails
    {
        public List<int> Batches { get; } = [];

        public int Loaded => Batches.Sum();

        public Task<IReadOnlyList<CatalogAlbum>> CompleteAsync(IReadOnlyList<CatalogAlbum> albums, CancellationToken cancellationToken)
        {
            Batches.Add(albums.Count);
            return inner.CompleteAsync(albums, cancellationToken);
        }
    }
}
