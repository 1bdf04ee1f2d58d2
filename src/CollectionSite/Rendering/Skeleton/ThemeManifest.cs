using System.Security.Cryptography;
using System.Text.Json;

namespace CollectionSite.Rendering.Skeleton;

/// <summary>
/// The theme files (hugo.toml, layouts, CSS, JS) CollectionSite installed into a site, with the SHA-256 of the bytes it
/// installed, kept in the site folder (<see cref="FileName"/>, JSON <c>{"files": {"layouts/404.html": "&lt;hex&gt;", …}}</c>)
/// so it travels with a committed site when the state database does not. A file whose bytes still hash to its entry is
/// unedited: a newer CollectionSite may replace it with its own version. Any other file is the user's and is kept.
/// </summary>
public sealed class ThemeManifest
{
    /// <summary>At the site root, where Hugo reads only its config and known folders.</summary>
    public const string FileName = ".collectionsite-theme.json";

    private const string About = "Theme files CollectionSite installed into this site, with the SHA-256 of their bytes. A newer "
        + "CollectionSite updates such a file only while its bytes still match, so your edits are kept. Keep this file with the site.";

    private readonly string path;
    private readonly SortedDictionary<string, string> installed;
    private readonly byte[] loaded;

    private ThemeManifest(string path, SortedDictionary<string, string> installed, byte[] loaded)
    {
        this.path = path;
        this.installed = installed;
        this.loaded = loaded;
    }

    /// <summary>Paths with an entry ('/'-separated, relative to the site root).</summary>
    public IReadOnlyCollection<string> Paths => installed.Keys;

    /// <summary>Reads the manifest in <paramref name="siteRoot"/>; a missing or unreadable one lists nothing (every file is kept).</summary>
    public static async Task<ThemeManifest> LoadAsync(string siteRoot, CancellationToken cancellationToken)
    {
        var path = Path.Combine(siteRoot, FileName);
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var bytes = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : [];
        try
        {
            using var document = JsonDocument.Parse(bytes.Length == 0 ? "{\"files\": {}}"u8.ToArray() : bytes);
            foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
            {
                if (file.Value.GetString() is { Length: 64 } hash && hash.All(char.IsAsciiHexDigitLower))
                {
                    entries[file.Name] = hash;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // A damaged manifest must never vouch for a file: with no entries, every existing file is the user's.
            entries.Clear();
        }

        return new ThemeManifest(path, entries, bytes);
    }

    /// <summary>A fresh path in the site's temp folder (<see cref="Output.SiteWriter.TempFolderName"/>, created), which the next render empties.</summary>
    public static string NewTemporary(string siteRoot)
    {
        var folder = Path.Combine(siteRoot, Output.SiteWriter.TempFolderName);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"theme-{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>True when <paramref name="relativePath"/> has an entry equal to <paramref name="hash"/>: the file is as installed.</summary>
    public bool IsAsInstalled(string relativePath, string hash) => installed.TryGetValue(relativePath, out var entry) && entry == hash;

    public void Record(string relativePath, string hash) => installed[relativePath] = hash;

    public void Forget(string relativePath) => installed.Remove(relativePath);

    /// <summary>Writes the manifest (temporary file, then rename) when its bytes changed; an unchanged theme writes nothing.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new ThemeManifestDocument(About, 1, installed), ThemeManifestJson.Default.ThemeManifestDocument);
        if (bytes.AsSpan().SequenceEqual(loaded))
        {
            return;
        }

        var temporary = NewTemporary(Path.GetDirectoryName(path)!);
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

/// <summary>The manifest file's shape.</summary>
public sealed record ThemeManifestDocument(string About, int Version, SortedDictionary<string, string> Files);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true, NewLine = "\n", PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ThemeManifestDocument))]
internal sealed partial class ThemeManifestJson : System.Text.Json.Serialization.JsonSerializerContext;
