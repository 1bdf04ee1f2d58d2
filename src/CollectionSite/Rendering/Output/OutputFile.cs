using System.Security.Cryptography;
using System.Text;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// A file the renderer wants in the site, by path relative to the site root ('/'-separated): either bytes
/// (pages) or a copy of a local file (artwork, which is large, so its content hash is given rather than computed).
/// </summary>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? SourcePath, string? SourceSha256 = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string relativePath, string text) => new(relativePath, Utf8.GetBytes(text), null);

    /// <summary>A copy of <paramref name="sourcePath"/>, whose bytes hash to <paramref name="sha256"/> (lower-case hex).</summary>
    public static OutputFile Copy(string relativePath, string sourcePath, string sha256) => new(relativePath, null, sourcePath, sha256);

    /// <summary>What render_files stores for the file: the SHA-256 of its bytes (known beforehand for a copy), never a time.</summary>
    public string Fingerprint() => Content is not null
        ? Convert.ToHexStringLower(SHA256.HashData(Content))
        : SourceSha256 ?? throw new InvalidOperationException($"The copy {RelativePath} has no content hash.");
}

/// <summary>What a render did to the files: written, left alone because identical, deleted, or skipped because not ours.</summary>
public sealed record WriteCounts(int Written, int Unchanged, int Removed, int Foreign);
