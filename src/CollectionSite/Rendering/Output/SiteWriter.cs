using CollectionSite.Storage;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// Writes rendered files into the site root incrementally and safely: a file is written only when its bytes
/// differ, always via a temp file and a move, and only if the renderer owns it (render_files) or nothing is
/// there yet. Ownership is recorded before the move, so a killed run leaves nothing it cannot claim later.
/// Every changed file of the run is staged (written to the temp folder, its folder created) before any is moved:
/// the writes are what need disk space, so a full or read-only disk fails them while the previous site is still
/// whole, and <see cref="CommitAsync"/> then only renames.
/// The state database (render_files) is the primary record; <see cref="OutputManifest"/> in the site folder is the
/// fallback that travels with the output: a file the database does not know is ours while its bytes match the manifest.
/// </summary>
/// <param name="files">Every change to the site goes through it; null for the real file system.</param>
public sealed class SiteWriter(string root, RenderStateRepository state, ILogger logger, ISiteFileSystem? files = null)
{
    /// <summary>Under the site root (same file system, so moves are renames); emptied when a render opens and closes.</summary>
    public const string TempFolderName = ".collectionsite-tmp";

    private readonly string root = Path.GetFullPath(root);
    private readonly HashSet<string> planned = new(StringComparer.Ordinal);
    private Dictionary<string, string> owned = new(StringComparer.Ordinal);
    private int written;
    private int unchanged;
    private int foreign;
    private OutputManifest manifest = null!;
    private readonly List<(string RelativePath, string Temp, string Fingerprint)> staged = [];
    private readonly Dictionary<string, PageState> stagedPages = new(StringComparer.Ordinal);
    private readonly List<string> createdFolders = [];
    private bool committed;
    private int toMove;
    private int movedCount;

    public WriteCounts Counts(int removed) => new(written, unchanged, removed, foreign);

    /// <summary>How far <see cref="CommitAsync"/> got: files moved into the site of those staged, and whether all were.</summary>
    public CommitProgress Progress => new(movedCount, toMove, committed);

    /// <summary>Every path the current run wants (foreign ones included): the rest of the owned files are pruned.</summary>
    public IReadOnlySet<string> Planned => planned;

    public IReadOnlyDictionary<string, string> Owned => owned;

    public string Root => root;

    /// <summary>What every change to the site goes through (the pruner and the manifest use it too).</summary>
    public ISiteFileSystem Files { get; } = files ?? SiteFileSystem.Real;

    /// <summary>The first file left alone as not ours (relative path), null when none was.</summary>
    public string? FirstForeign { get; private set; }

    /// <summary>Recorded for a file claimed but not yet written: equal to no real fingerprint, so its bytes are compared.</summary>
    private const string PendingFingerprint = "pending";

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        owned = new Dictionary<string, string>(await state.GetOwnedFilesAsync(cancellationToken), StringComparer.Ordinal);
        DeleteTempFolder();
        manifest = await OutputManifest.LoadAsync(root, logger, cancellationToken, Files);
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

    /// <summary>
    /// Compares one batch of files with the site, claims the new ones and stages the changed ones in the temp folder;
    /// nothing in the site changes until <see cref="CommitAsync"/>.
    /// </summary>
    /// <exception cref="IOException">A staged write failed (a full disk); the site is unchanged.</exception>
    /// <exception cref="UnauthorizedAccessException">The site folder cannot be written; the site is unchanged.</exception>
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
                if (recorded != fingerprint)
                {
                    // Its bytes are in place already (an adopted file): its fingerprint can be recorded now.
                    records[file.RelativePath] = fingerprint;
                }
            }
            else
            {
                toWrite.Add((file, fingerprint));
            }
        }

        // New files are claimed first with a fingerprint that matches nothing (claimed, so a kill after the move still
        // lets the next run overwrite them); their real fingerprints are recorded only once the bytes are in place, so a
        // kill never leaves a recorded fingerprint over bytes that were not written.
        foreach (var (file, _) in toWrite.Where(w => !owned.ContainsKey(w.File.RelativePath)))
        {
            records[file.RelativePath] = PendingFingerprint;
        }

        if (records.Count > 0)
        {
            await RecordAsync(new RenderBatch(records, new Dictionary<string, PageState>()), cancellationToken);
        }

        foreach (var (page, pageState) in pages)
        {
            stagedPages[page] = pageState;
        }

        foreach (var (file, fingerprint) in toWrite)
        {
            staged.Add((file.RelativePath, await StageAsync(file, cancellationToken), fingerprint));
        }
    }

    /// <summary>
    /// Moves every staged file into place (renames, which need no space), then records their fingerprints and the
    /// pages' states. The manifest journal is appended first, so a kill after a move leaves the file ours even if the
    /// state database is lost.
    /// </summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await manifest.AppendPendingAsync([.. staged.Select(s => (s.RelativePath, s.Fingerprint))], cancellationToken);
        var moved = new Dictionary<string, string>(StringComparer.Ordinal);
        toMove = staged.Count;
        try
        {
            foreach (var (relativePath, temp, fingerprint) in staged)
            {
                Files.Move(temp, FullPath(relativePath));
                written++;
                movedCount++;
                moved[relativePath] = fingerprint;
            }

            committed = true;
        }
        finally
        {
            // Also when a move fails: the files already moved get their fingerprints, so render_files matches the disk.
            var pages = committed ? stagedPages : new Dictionary<string, PageState>();
            if (moved.Count > 0 || pages.Count > 0)
            {
                await RecordAsync(new RenderBatch(moved, pages), CancellationToken.None);
            }
        }

        staged.Clear();
        stagedPages.Clear();
    }

    private async Task RecordAsync(RenderBatch batch, CancellationToken cancellationToken)
    {
        await state.RecordAsync(batch, cancellationToken);
        foreach (var (path, fingerprint) in batch.Files)
        {
            owned[path] = fingerprint;
        }
    }

    /// <summary>
    /// Removes the temp folder once the run is over and, when nothing was committed, the folders staging created for new
    /// files; best effort, so a second disk error never hides the first.
    /// </summary>
    public void Close()
    {
        try
        {
            DeleteTempFolder();
            if (!committed)
            {
                foreach (var folder in createdFolders.OrderByDescending(f => f.Length).Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
                {
                    Files.DeleteDirectory(folder, recursive: false);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not clean up the temporary files in {Root}", root);
        }
    }

    internal string FullPath(string relativePath) =>
        TryFullPath(relativePath) ?? throw new InvalidOperationException($"Refusing to touch {relativePath}: it is outside the site root {root}.");

    /// <summary>The full path, or null when <paramref name="relativePath"/> leads outside the site root (a damaged manifest).</summary>
    private string? TryFullPath(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }

    /// <summary>Writes <paramref name="file"/> to a new temp file and creates its target folder; returns the temp path.</summary>
    private async Task<string> StageAsync(OutputFile file, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(root, TempFolderName, Guid.NewGuid().ToString("N"));
        Files.CreateDirectory(Path.GetDirectoryName(temp)!);
        if (file.Content is { } content)
        {
            await Files.WriteAllBytesAsync(temp, content, durable: false, cancellationToken);
        }
        else
        {
            Files.Copy(file.SourcePath!, temp);
        }

        CreateFolder(Path.GetDirectoryName(FullPath(file.RelativePath))!);
        return temp;
    }

    /// <summary>Creates <paramref name="folder"/> and its missing parents, remembering each so a failed run removes them.</summary>
    private void CreateFolder(string folder)
    {
        var missing = new List<string>();
        for (var current = folder; current.Length > root.Length && !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            missing.Add(current);
        }

        // Remembered first: a create that fails half-way (a full disk) may have made some of them.
        createdFolders.AddRange(missing);
        Files.CreateDirectory(folder);
    }

    private void DeleteTempFolder()
    {
        var temp = Path.Combine(root, TempFolderName);
        if (Directory.Exists(temp))
        {
            Files.DeleteDirectory(temp, recursive: true);
        }
    }
}
