using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Artwork;

/// <summary>What `artwork --gc` removed: files and bytes of originals and of cached renditions, and forgotten item images.</summary>
public sealed record GarbageReport(int Originals, long OriginalBytes, int Renditions, long RenditionBytes, int ItemsForgotten)
{
    public long BytesFreed => OriginalBytes + RenditionBytes;
}

/// <summary>
/// Deletes artwork no page uses any more: the images of releases that left the collection (or are skipped) and of
/// artists no such release credits, originals no release or artist uses, renditions no item uses (e.g. of a size
/// no longer configured), and files the database does not know (left by a killed run). Run with the state lock held.
/// The site's own copies are the renderer's: they leave with their pages.
/// </summary>
public sealed class ArtworkGarbageCollector(ArtworkRepository repository, ArtworkPaths paths, ILogger<ArtworkGarbageCollector> logger)
{
    public async Task<GarbageReport> CollectAsync(CancellationToken cancellationToken)
    {
        // Rows first, then files: a run killed in between leaves only unknown files, which the sweep below removes next time.
        var garbage = await repository.CollectGarbageAsync(cancellationToken);
        var kept = await KeptFilesAsync(cancellationToken);
        var originals = Sweep(paths.Originals, kept);
        var renditions = Sweep(paths.Renditions, kept);
        Sweep(paths.Temp, kept);
        logger.LogInformation(
            "Artwork GC: {Items} item images forgotten, {Originals} originals ({OriginalBytes} bytes) and {Renditions} renditions ({RenditionBytes} bytes) deleted",
            garbage.ItemsForgotten, originals.Files, originals.Bytes, renditions.Files, renditions.Bytes);
        return new GarbageReport(originals.Files, originals.Bytes, renditions.Files, renditions.Bytes, garbage.ItemsForgotten);
    }

    private async Task<HashSet<string>> KeptFilesAsync(CancellationToken cancellationToken)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in (await repository.GetItemsAsync(null, cancellationToken)).Values)
        {
            kept.Add(paths.Original(item.Original.Sha256, item.Original.Format));
            foreach (var file in item.Files)
            {
                kept.Add(paths.Rendition(file.Rendition.Key, file.Rendition.Format));
            }
        }

        return kept;
    }

    /// <summary>Deletes every file under <paramref name="folder"/> not in <paramref name="kept"/>, then the folders left empty.</summary>
    private static (int Files, long Bytes) Sweep(string folder, HashSet<string> kept)
    {
        if (!Directory.Exists(folder))
        {
            return (0, 0);
        }

        int files = 0;
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList())
        {
            if (!kept.Contains(file.FullName))
            {
                bytes += file.Length;
                files++;
                file.Delete();
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !Directory.EnumerateFileSystemEntries(d).Any()).ToList())
        {
            Directory.Delete(sub);
        }

        return (files, bytes);
    }
}
