using CollectionSite.Artwork.Sources;
using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Artwork;

/// <summary>Reads the artwork the stages stored into what the renderer copies into the page bundles.</summary>
public sealed class ArtworkLibrary(ArtworkRepository repository, ArtworkPaths paths, ILogger<ArtworkLibrary> logger)
{
    /// <summary>
    /// Every item's image whose cached files are all on disk. One with a file missing (the cache was deleted by hand)
    /// is left out, so no page gets a broken image: the next build's artwork stages make the file again.
    /// </summary>
    public async Task<SiteArtwork> LoadAsync(CancellationToken cancellationToken)
    {
        var images = new Dictionary<(string Kind, long Id), PageImage>();
        var missing = 0;
        foreach (var (key, item) in await repository.GetItemsAsync(null, cancellationToken))
        {
            var files = item.Files
                .Select(f => new PageImageFile(f.Slot, f.Rendition.Format, paths.Rendition(f.Rendition.Key, f.Rendition.Format), f.Rendition.Width, f.Rendition.Height, f.Rendition.ContentSha256))
                .ToList();
            if (files.Count == 0 || files.Any(f => !File.Exists(f.SourcePath)))
            {
                missing++;
                continue;
            }

            images[key] = new PageImage(ArtworkSourceNames.Provider(item.Source), item.Original.Colour, files);
        }

        if (missing > 0)
        {
            logger.LogWarning("{Count} image(s) left out: their resized files are missing from {Folder}; the next build makes them again", missing, paths.Renditions);
        }

        return new SiteArtwork(images);
    }
}
