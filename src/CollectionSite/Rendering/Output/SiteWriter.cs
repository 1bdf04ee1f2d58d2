using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// Writes rendered files into the site root incrementally and safely: a file is written only when its bytes
/// differ, always via a temp file and a move, and only if the renderer owns it (render_files) or nothing is
/// there yet. Ownership is recorded before the move, so a killed run leaves nothing it cannot claim later.
/// </summary>
public sealed class SiteWriter(string root, RenderStateRepository state, ILogger logger)
{
    private const string TempFolderName = ".collectionsite-tmp";

    private readonly string root = Path.GetFullPath(root);
    private readonly HashSet<string> planned = new(StringComparer.Ordinal);
    private Dictionary<string, string> owned = new(StringComparer.Ordinal);
    private int written;
    private int unchanged;
    private int foreign;

    public WriteCounts Counts(int removed) => new(written, unchanged, removed, foreign);

    /// <summary>Every path the current run wants (foreign ones included): the rest of the owned files are pruned.</summary>
    public IReadOnlySet<string> Planned => planned;

    public IReadOnlyDictionary<string, string> Owned => owned;

    public string Root => root;

    /// <summary>Recorded for a file claimed but not yet written: equal to no real fingerprint, so its bytes are compared.</summary>
    private const string PendingFingerprint = "pending";

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        owned = new Dictionary<string, string>(await state.GetOwnedFilesAsync(cancellationToken), StringComparer.Ordinal);
        DeleteTempFolder();
    }

    /// <summary>Compares, records and writes one batch of files together with the pages' states.</summary>
    public async Task WriteBatchAsync(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, PageState> pages, CancellationToken cancellationToken)
    {
        var toWrite = new List<OutputFile>();
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            planned.Add(file.RelativePath);
            var path = FullPath(file.RelativePath);
            var isOwned = owned.TryGetValue(file.RelativePath, out var recorded);
            if (!isOwned && File.Exists(path))
            {
                foreign++;
                logger.LogWarning("Not overwriting {Path}: the file exists and was not written by CollectionSite", path);
                continue;
            }

            var fingerprint = file.Fingerprint();
            if (await FileComparison.SameAsync(file, path, recorded, fingerprint, cancellationToken))
            {
                unchanged++;
            }
            else
            {
                toWrite.Add(file);
            }

            if (recorded != fingerprint)
            {
                records[file.RelativePath] = fingerprint;
            }
        }

        // Two steps, so a kill between them never leaves a recorded fingerprint over bytes that were not written
        // (an image of the same size would then be trusted as current for good): new files are claimed first with a
        // fingerprint that matches nothing (claimed, so a kill after the write still lets the next run overwrite
        // them), and the real fingerprints are recorded only once the bytes are in place.
        var claims = records.Keys.Where(path => !owned.ContainsKey(path)).ToDictionary(path => path, _ => PendingFingerprint, StringComparer.Ordinal);
        if (claims.Count > 0 || pages.Count > 0)
        {
            await RecordAsync(new RenderBatch(claims, pages), cancellationToken);
        }

        foreach (var file in toWrite)
        {
            await WriteAtomicallyAsync(file, cancellationToken);
            written++;
        }

        if (records.Count > 0)
        {
            await RecordAsync(new RenderBatch(records, new Dictionary<string, PageState>()), cancellationToken);
        }
    }

    private async Task RecordAsync(RenderBatch batch, CancellationToken cancellationToken)
    {
        await state.RecordAsync(batch, cancellationToken);
        foreach (var (path, fingerprint) in batch.Files)
        {
            owned[path] = fingerprint;
        }
    }

    /// <summary>Removes the temp folder once the run is over.</summary>
    public void Close() => DeleteTempFolder();

    internal string FullPath(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"Refusing to touch {relativePath}: it is outside the site root {root}.");
    }

    private async Task WriteAtomicallyAsync(OutputFile file, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(root, TempFolderName, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        if (file.Content is { } content)
        {
            await File.WriteAllBytesAsync(temp, content, cancellationToken);
        }
        else
        {
            File.Copy(file.SourcePath!, temp, overwrite: true);
        }

        var target = FullPath(file.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(temp, target, overwrite: true);
    }

    private void DeleteTempFolder()
    {
        var temp = Path.Combine(root, TempFolderName);
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
