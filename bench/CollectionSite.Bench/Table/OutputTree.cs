namespace CollectionSite.Bench;

/// <summary>
/// Every file under a folder with its size and last-write time, to count what a run wrote there without asking the
/// code under test: a file rewritten (even with the same bytes, even by a temp file renamed over it) gets a new
/// last-write time, a new one appears, a removed one disappears.
/// </summary>
internal sealed class OutputTree
{
    private readonly Dictionary<string, (long Length, DateTime Written)> files;

    private OutputTree(Dictionary<string, (long, DateTime)> files) => this.files = files;

    public int Count => files.Count;

    public static OutputTree Take(string folder) => new(Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(folder, path), path => (new FileInfo(path).Length, File.GetLastWriteTimeUtc(path)), StringComparer.Ordinal)
        : new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal));

    /// <summary>Files in <paramref name="after"/> that are new or changed since this snapshot, plus files removed since.</summary>
    public int Written(OutputTree after) =>
        after.files.Count(file => !files.TryGetValue(file.Key, out var before) || before != file.Value)
        + files.Keys.Count(path => !after.files.ContainsKey(path));
}
