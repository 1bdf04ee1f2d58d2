using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// Deletes files the renderer owns but no longer wants (albums that left the collection, unused terms),
/// then the folders that became empty. Files it does not own are never touched.
/// </summary>
public sealed class SitePruner(RenderStateRepository state, ILogger logger)
{
    /// <summary>Deletes the owned files the current run did not plan; returns how many were on disk.</summary>
    public async Task<int> PruneAsync(SiteWriter writer, IReadOnlyCollection<string> gonePageKeys, CancellationToken cancellationToken)
    {
        var stale = writer.Owned.Keys.Where(p => !writer.Planned.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var removed = 0;
        foreach (var relative in stale)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = writer.FullPath(relative);
            if (File.Exists(path))
            {
                writer.Files.Delete(path);
                removed++;
                logger.LogInformation("Removed {Path}", path);
            }

            folders.Add(Path.GetDirectoryName(path)!);
        }

        await state.ForgetAsync(stale, gonePageKeys, cancellationToken);
        foreach (var folder in folders.OrderByDescending(f => f.Length))
        {
            RemoveEmptyFolders(folder, writer.Root, writer.Files);
        }

        return removed;
    }

    private static void RemoveEmptyFolders(string folder, string root, ISiteFileSystem files)
    {
        for (var current = folder; current.Length > root.Length && Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            if (Directory.EnumerateFileSystemEntries(current).Any())
            {
                return;
            }

            files.DeleteDirectory(current, recursive: false);
        }
    }
}
