using CollectionSite.Rendering.Output;

namespace CollectionSite.Tests.Fakes;

/// <summary>A kind of change to the site folder, as <see cref="ISiteFileSystem"/> makes it.</summary>
public enum SiteFileOperation
{
    Write,
    DurableWrite,
    Append,
    Copy,
    Move,
    Delete,
    CreateDirectory,
    DeleteDirectory,
}

/// <summary>
/// The real file system, except that the <see cref="FailAt"/>-th operation of kind <see cref="FailOn"/> throws what
/// <see cref="Fault"/> makes (the real exception kinds: ENOSPC's IOException, EACCES's UnauthorizedAccessException, or a
/// cancellation standing in for a kill), once; every operation is counted per kind.
/// </summary>
public sealed class FaultySiteFileSystem : ISiteFileSystem
{
    private readonly Dictionary<SiteFileOperation, int> counts = [];

    public SiteFileOperation? FailOn { get; set; }

    public int FailAt { get; set; } = 1;

    public Func<string, Exception> Fault { get; set; } = DiskFull;

    /// <summary>Whether the fault was thrown.</summary>
    public bool Fired { get; private set; }

    /// <summary>What .NET on Linux throws for ENOSPC (errno 28 as the HResult).</summary>
    public static Exception DiskFull(string path) => new IOException($"No space left on device : '{path}'", 28);

    /// <summary>What .NET throws for EACCES.</summary>
    public static Exception AccessDenied(string path) => new UnauthorizedAccessException($"Access to the path '{path}' is denied.");

    /// <summary>Fails the <paramref name="at"/>-th <paramref name="operation"/> from now on (counts start again) with <paramref name="fault"/>.</summary>
    public void Arm(SiteFileOperation operation, int at, Func<string, Exception> fault)
    {
        counts.Clear();
        (FailOn, FailAt, Fault, Fired) = (operation, at, fault, false);
    }

    public int Count(SiteFileOperation operation) => counts.GetValueOrDefault(operation);

    public Task WriteAllBytesAsync(string path, byte[] bytes, bool durable, CancellationToken cancellationToken)
    {
        Check(durable ? SiteFileOperation.DurableWrite : SiteFileOperation.Write, path);
        return SiteFileSystem.Real.WriteAllBytesAsync(path, bytes, durable, cancellationToken);
    }

    public Task AppendDurablyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        Check(SiteFileOperation.Append, path);
        return SiteFileSystem.Real.AppendDurablyAsync(path, bytes, cancellationToken);
    }

    public void Copy(string sourcePath, string destinationPath)
    {
        Check(SiteFileOperation.Copy, destinationPath);
        SiteFileSystem.Real.Copy(sourcePath, destinationPath);
    }

    public void Move(string sourcePath, string destinationPath)
    {
        Check(SiteFileOperation.Move, destinationPath);
        SiteFileSystem.Real.Move(sourcePath, destinationPath);
    }

    public void Delete(string path)
    {
        Check(SiteFileOperation.Delete, path);
        SiteFileSystem.Real.Delete(path);
    }

    public void CreateDirectory(string path)
    {
        Check(SiteFileOperation.CreateDirectory, path);
        SiteFileSystem.Real.CreateDirectory(path);
    }

    public void DeleteDirectory(string path, bool recursive)
    {
        Check(SiteFileOperation.DeleteDirectory, path);
        SiteFileSystem.Real.DeleteDirectory(path, recursive);
    }

    private void Check(SiteFileOperation operation, string path)
    {
        var count = counts[operation] = counts.GetValueOrDefault(operation) + 1;
        if (!Fired && operation == FailOn && count == FailAt)
        {
            Fired = true;
            throw Fault(path);
        }
    }
}
