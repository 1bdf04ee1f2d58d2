using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// Writes rendered files into the site root incrementally and safely: a file is written only when its bytes
/// differ, always via a temp file and a move, and only if the renderer owns it (render_files) or nothing is
/// there yet. Ownership is recorded before the move, so a killed run leaves nothing it cannot claim later.
/// The state database (render_files) is the primary record; <see cref="OutputManifest"/> in the site folder is the
/// fallback that travels with the output: a file the database does not know is ours while its bytes match the manifest.
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
    private OutputManifest manifest = null!;

    public WriteCounts Counts(int removed) => new(written, unchanged, removed, foreign);

    /// <summary>Every path the current run wants (foreign ones included): the rest of the owned files are pruned.</summary>
    public IReadOnlySet<string> Planned => planned;

    public IReadOnlyDictionary<string, string> Owned => owned;

    public string Root => root;

    /// <summary>The first file left alone as not ours (relative path), null when none was.</summary>
    public string? FirstForeign { get; private set; }

    /// <summary>Recorded for a file claimed but not yet written: equal to no real fingerprint, so its bytes are compared.</summary>
    private const string PendingFingerprint = "pending";

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        owned = new Dictionary<string, string>(await state.GetOwnedFilesAsync(cancellationToken), StringComparer.Ordinal);
        DeleteTempFolder();
        manifest = await OutputManifest.LoadAsync(root, logger, cancellationToken);
        var adopted = 0;
        foreach (var path in manifest.Paths.Where(p => !owned.ContainsKey(p)).ToList())
        {
            // Adopted as claimed-but-unverified: its bytes are compared and its fingerprint recorded like a new file's.
            if (TryFullPath(path) is { } full && await manifest.VouchesForAsync(path, full, cancellationToken))
            {
                owned[path] = PendingFingerprint;
                adopted++;
            }
        }

        if (adopted > 0)
        {
            logger.LogInformation("{Count} file(s) in {Root} are CollectionSite's by {Manifest} (the state database had no record of them)", adopted, root, OutputManifest.FileName);
        }
    }

    /// <summary>Records the files this run owns in the site folder's manifest; call after pruning.</summary>
    public Task SaveManifestAsync(CancellationToken cancellationToken) => manifest.SaveAsync(
        owned.Where(f => planned.Contains(f.Key) && f.Value != PendingFingerprint).ToDictionary(StringComparer.Ordinal),
        Path.Combine(root, TempFolderName),
        cancellationToken);

    /// <summary>Compares, records and writes one batch of files together with the pages' states.</summary>
    public async Task WriteBatchAsync(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, PageState> pages, CancellationToken cancellationToken)
    {
        var toWrite = new List<(OutputFile File, string Fingerprint)>();
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
                FirstForeign ??= file.RelativePath;
                if (manifest.Lists(file.RelativePath))
                {
                    logger.LogWarning("Not overwriting {Path}: it was changed since CollectionSite wrote it", path);
                }
                else
                {
                    logger.LogWarning("Not overwriting {Path}: the file exists and was not written by CollectionSite", path);
                }

                continue;
            }

            var fingerprint = file.Fingerprint();
            if (await FileComparison.SameAsync(file, path, recorded, fingerprint, cancellationToken))
            {
                unchanged++;
            }
            else
            {
                toWrite.Add((file, fingerprint));
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

        // The manifest journal too, so a kill after the move leaves the file ours even if this database is lost.
        await manifest.AppendPendingAsync([.. toWrite.Select(w => (w.File.RelativePath, w.Fingerprint))], cancellationToken);
        foreach (var (file, _) in toWrite)
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

    internal string FullPath(string relativePath) =>
        TryFullPath(relativePath) ?? throw new InvalidOperationException($"Refusing to touch {relativePath}: it is outside the site root {root}.");

    /// <summary>The full path, or null when <paramref name="relativePath"/> leads outside the site root (a damaged manifest).</summary>
    private string? TryFullPath(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
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
