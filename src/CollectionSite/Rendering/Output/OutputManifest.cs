using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// The files CollectionSite wrote into a site folder, kept in that folder (<see cref="FileName"/>, JSON:
/// <c>{"files": {"content/albums/x/index.md": "&lt;SHA-256 hex&gt;", …}}</c>), so the record of what is ours travels
/// with the output (a committed site, a new machine) when the state database does not. A file is vouched for
/// while its bytes still hash to a listed value: a file the user edited since is not.
/// Crash safety: before files are moved into place their new hashes are appended to <see cref="JournalName"/>;
/// <see cref="SaveAsync"/> replaces the manifest (temp file + rename) and only then deletes the journal, so a run
/// killed anywhere leaves every written file vouched for by the manifest or the journal.
/// </summary>
public sealed class OutputManifest
{
    /// <summary>At the site root: Hugo reads only its config, content/, layouts/, static/ … there, never this file.</summary>
    public const string FileName = ".collectionsite-files.json";

    /// <summary>Hashes of files about to be written ("&lt;hash&gt;\t&lt;path&gt;" lines); absent after a finished render.</summary>
    public const string JournalName = ".collectionsite-files.pending";

    private const string About = "Files CollectionSite wrote into this folder, with the SHA-256 of their bytes. It overwrites or deletes "
        + "such a file only while its bytes still match, so your edits are kept. Keep this file with the site (commit it).";

    private readonly string root;
    private readonly Dictionary<string, HashSet<string>> hashes;
    private readonly ISiteFileSystem files;

    private OutputManifest(string root, Dictionary<string, HashSet<string>> hashes, ISiteFileSystem files)
    {
        this.root = root;
        this.hashes = hashes;
        this.files = files;
    }

    /// <summary>Paths the manifest or journal lists ('/'-separated, relative to the site root).</summary>
    public IEnumerable<string> Paths => hashes.Keys;

    /// <summary>True when the manifest or journal lists <paramref name="relativePath"/>, whatever its bytes.</summary>
    public bool Lists(string relativePath) => hashes.ContainsKey(relativePath);

    /// <summary>Reads the manifest and any journal a killed run left; an unreadable manifest vouches for nothing (files stay protected).</summary>
    /// <param name="files">What writes go through; null for the real file system.</param>
    public static async Task<OutputManifest> LoadAsync(string root, ILogger logger, CancellationToken cancellationToken, ISiteFileSystem? files = null)
    {
        var hashes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var manifest = Path.Combine(root, FileName);
        if (File.Exists(manifest))
        {
            try
            {
                using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(manifest, cancellationToken));
                foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
                {
                    Add(hashes, file.Name, file.Value.GetString());
                }
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                logger.LogWarning("Ignoring {Manifest}: it is not a valid CollectionSite manifest ({Reason}); files it lists are treated as not ours", manifest, ex.Message);
            }
        }

        var journal = Path.Combine(root, JournalName);
        if (File.Exists(journal))
        {
            // A torn last line (killed mid-append) has no tab or a short hash and is skipped: its file was not moved yet.
            foreach (var line in await File.ReadAllLinesAsync(journal, cancellationToken))
            {
                if (line.Split('\t', 2) is [var hash, var path])
                {
                    Add(hashes, path, hash);
                }
            }
        }

        return new OutputManifest(root, hashes, files ?? SiteFileSystem.Real);
    }

    /// <summary>True when <paramref name="relativePath"/> is listed and the file at <paramref name="fullPath"/> hashes to a listed value.</summary>
    public async Task<bool> VouchesForAsync(string relativePath, string fullPath, CancellationToken cancellationToken)
    {
        if (!hashes.TryGetValue(relativePath, out var listed) || !File.Exists(fullPath))
        {
            return false;
        }

        await using var stream = File.OpenRead(fullPath);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        return listed.Contains(actual);
    }

    /// <summary>Records, durably, the hashes of files about to be moved into place (before the move).</summary>
    public async Task AppendPendingAsync(IReadOnlyCollection<(string RelativePath, string Hash)> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var (path, hash) in files)
        {
            text.Append(hash).Append('\t').Append(path).Append('\n');
            Add(hashes, path, hash);
        }

        this.files.CreateDirectory(root);
        await this.files.AppendDurablyAsync(Path.Combine(root, JournalName), Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }

    /// <summary>
    /// Replaces the manifest with exactly <paramref name="owned"/> (path → SHA-256), sorted, so equal sites have equal
    /// manifests; writes nothing when the bytes are already there. Then deletes the journal.
    /// </summary>
    public async Task SaveAsync(IReadOnlyDictionary<string, string> owned, string tempFolder, CancellationToken cancellationToken)
    {
        var bytes = Serialize(owned);
        var target = Path.Combine(root, FileName);
        var current = File.Exists(target) ? await File.ReadAllBytesAsync(target, cancellationToken) : null;
        if (current is null || !bytes.AsSpan().SequenceEqual(current))
        {
            files.CreateDirectory(tempFolder);
            var temp = Path.Combine(tempFolder, Guid.NewGuid().ToString("N"));
            await files.WriteAllBytesAsync(temp, bytes, durable: true, cancellationToken);
            files.Move(temp, target);
        }

        files.Delete(Path.Combine(root, JournalName));
    }

    private static byte[] Serialize(IReadOnlyDictionary<string, string> owned)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("about", About);
            writer.WriteNumber("version", 1);
            writer.WriteStartObject("files");
            foreach (var (path, hash) in owned.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteString(path, hash);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Add(Dictionary<string, HashSet<string>> hashes, string path, string? hash)
    {
        // Only well-formed SHA-256 hex is kept: a damaged entry must never vouch for a file.
        if (hash is { Length: 64 } && hash.All(char.IsAsciiHexDigitLower))
        {
            if (!hashes.TryGetValue(path, out var set))
            {
                hashes[path] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(hash);
        }
    }
}
