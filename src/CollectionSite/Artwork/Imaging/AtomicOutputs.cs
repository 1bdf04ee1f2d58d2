namespace CollectionSite.Artwork.Imaging;

/// <summary>
/// The outputs of one Render call, all-or-nothing: every rendition is first encoded to a temporary file beside its
/// final path (same folder, so the move is a rename on one file system), and only when all are encoded are they
/// moved into place. Disposing without <see cref="Commit"/> deletes the temporaries, and a failed commit
/// deletes what it had already moved, so a failure never leaves a partial or stale-mixed set at the output paths.
/// </summary>
internal sealed class AtomicOutputs : IDisposable
{
    private readonly List<(string Temporary, string Final)> pending = [];
    private readonly List<string> moved = [];
    private bool committed;

    /// <summary>A fresh temporary path beside <paramref name="finalPath"/> ("." + name + "." + random + <see cref="NetVipsImageProcessor.TemporaryFileSuffix"/>).</summary>
    public string Reserve(string finalPath)
    {
        var full = Path.GetFullPath(finalPath);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"{finalPath} has no folder.", nameof(finalPath));
        Directory.CreateDirectory(folder);

        // A leading dot keeps Hugo from publishing a temporary left behind by a killed process.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{NetVipsImageProcessor.TemporaryFileSuffix}");
        pending.Add((temporary, full));
        return temporary;
    }

    /// <summary>Moves every temporary onto its final path (replacing an older file), in the order reserved.</summary>
    public void Commit()
    {
        foreach (var (temporary, final) in pending)
        {
            File.Move(temporary, final, overwrite: true);
            moved.Add(final);
        }

        committed = true;
    }

    public void Dispose()
    {
        foreach (var (temporary, _) in pending)
        {
            TryDelete(temporary);
        }

        if (!committed)
        {
            foreach (var final in moved)
            {
                TryDelete(final);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a file another process holds open stays; the leading dot keeps it out of the site.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
