namespace CollectionSite.Rendering.Output;

/// <summary>
/// Every change the renderer makes to the site folder goes through here (staged writes and copies, folders, moves,
/// deletes, the manifest and its journal), so a test can make any one of them fail the way a full or read-only disk
/// does. Reads go to the file system directly: they never change the site.
/// </summary>
public interface ISiteFileSystem
{
    /// <summary>Creates or replaces <paramref name="path"/>; <paramref name="durable"/> flushes it to the device first (the manifest).</summary>
    Task WriteAllBytesAsync(string path, byte[] bytes, bool durable, CancellationToken cancellationToken);

    /// <summary>Appends and flushes to the device (the manifest journal).</summary>
    Task AppendDurablyAsync(string path, byte[] bytes, CancellationToken cancellationToken);

    void Copy(string sourcePath, string destinationPath);

    /// <summary>Renames, replacing <paramref name="destinationPath"/>.</summary>
    void Move(string sourcePath, string destinationPath);

    void Delete(string path);

    void CreateDirectory(string path);

    void DeleteDirectory(string path, bool recursive);
}

/// <summary>The real file system (System.IO); the default everywhere but in fault tests.</summary>
public sealed class SiteFileSystem : ISiteFileSystem
{
    public static SiteFileSystem Real { get; } = new();

    public async Task WriteAllBytesAsync(string path, byte[] bytes, bool durable, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        await stream.WriteAsync(bytes, cancellationToken);
        if (durable)
        {
            stream.Flush(flushToDisk: true);
        }
    }

    public async Task AppendDurablyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None);
        await stream.WriteAsync(bytes, cancellationToken);
        stream.Flush(flushToDisk: true);
    }

    public void Copy(string sourcePath, string destinationPath) => File.Copy(sourcePath, destinationPath, overwrite: true);

    public void Move(string sourcePath, string destinationPath) => File.Move(sourcePath, destinationPath, overwrite: true);

    public void Delete(string path) => File.Delete(path);

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public void DeleteDirectory(string path, bool recursive) => Directory.Delete(path, recursive);
}
