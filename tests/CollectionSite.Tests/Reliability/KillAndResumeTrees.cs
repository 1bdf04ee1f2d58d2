using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CollectionSite.Artwork.Imaging;
using CollectionSite.Rendering.Output;

namespace CollectionSite.Tests.Reliability;

/// <summary>Folder trees as relative path → bytes, their first difference in words, and the temporaries left in them.</summary>
internal static partial class KillAndResumeTrees
{
    public static SortedDictionary<string, byte[]> Read(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes),
        StringComparer.Ordinal);

    /// <summary>Null when equal; else the first path only one side has, or the first file whose bytes differ with its first differing line.</summary>
    public static string? FirstDifference(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        if (expected.Keys.Except(actual.Keys).FirstOrDefault() is { } missing)
        {
            return $"missing {missing} ({expected.Keys.Except(actual.Keys).Count()} missing in all)";
        }

        if (actual.Keys.Except(expected.Keys).FirstOrDefault() is { } extra)
        {
            return $"extra {extra} ({actual.Keys.Except(expected.Keys).Count()} extra in all: {string.Join(", ", actual.Keys.Except(expected.Keys).Take(5))})";
        }

        foreach (var (path, bytes) in expected)
        {
            if (!bytes.AsSpan().SequenceEqual(actual[path]))
            {
                var want = Encoding.UTF8.GetString(bytes).Split('\n');
                var got = Encoding.UTF8.GetString(actual[path]).Split('\n');
                var line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i], Math.Min(want.Length, got.Length));
                return $"{path} differs at line {line + 1}: expected «{Line(want, line)}» but was «{Line(got, line)}»";
            }
        }

        return null;
    }

    /// <summary>
    /// Temporaries a run leaves while it works: the site writer's temp folder, the manifest's journal, libvips' temporary
    /// renditions (".name.guid.imaging-tmp") and downloads in the artwork cache's tmp folder.
    /// </summary>
    public static IEnumerable<string> Temporaries(IEnumerable<string> paths) => paths.Where(path =>
        path.Contains(".collectionsite-tmp/", StringComparison.Ordinal)
        || path == OutputManifest.JournalName
        || path.EndsWith(NetVipsImageProcessor.TemporaryFileSuffix, StringComparison.Ordinal)
        || path.StartsWith("tmp/", StringComparison.Ordinal));

    /// <summary>
    /// The tree with the wall clock taken out: a page's front matter "lastmod" (when its content last changed, by the
    /// clock of the run that rendered it) masked, and the manifest reduced to its paths (its hashes cover those pages;
    /// <see cref="UnfaithfulHashes"/> checks them against the bytes instead).
    /// </summary>
    public static SortedDictionary<string, byte[]> WithoutClock(SortedDictionary<string, byte[]> tree) => new(
        tree.ToDictionary(pair => pair.Key, pair => pair.Key == OutputManifest.FileName
            ? Encoding.UTF8.GetBytes(string.Join('\n', ManifestHashes(tree).Keys.Order(StringComparer.Ordinal)))
            : pair.Key.EndsWith(".md", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(LastMod().Replace(Encoding.UTF8.GetString(pair.Value), "lastmod: (clock)")) : pair.Value),
        StringComparer.Ordinal);

    /// <summary>The manifest's path → SHA-256 (hex) entries.</summary>
    public static Dictionary<string, string> ManifestHashes(SortedDictionary<string, byte[]> tree) =>
        JsonNode.Parse(tree[OutputManifest.FileName])!["files"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);

    /// <summary>The entries of <paramref name="hashes"/> whose file is missing or has other bytes.</summary>
    public static IEnumerable<string> UnfaithfulHashes(SortedDictionary<string, byte[]> tree, IReadOnlyDictionary<string, string> hashes) =>
        hashes.Where(p => !tree.TryGetValue(p.Key, out var bytes) || !string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), p.Value, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key);

    [GeneratedRegex("^lastmod: .*$", RegexOptions.Multiline)]
    private static partial Regex LastMod();

    private static string Line(string[] lines, int index) => index < lines.Length ? lines[index][..Math.Min(lines[index].Length, 160)] : "(end of file)";
}
