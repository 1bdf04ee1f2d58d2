using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CollectionSite.Rendering.Output;

/// <summary>
/// A file the renderer wants in the site, by path relative to the site root ('/'-separated): either bytes
/// (pages) or a copy of a local file (artwork, which is large, so it is identified by size and time instead of read).
/// </summary>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? SourcePath)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string relativePath, string text) => new(relativePath, Utf8.GetBytes(text), null);

    public static OutputFile Copy(string relativePath, string sourcePath) => new(relativePath, null, sourcePath);

    /// <summary>What render_files stores for the file: a content hash, or a stamp of the copied source.</summary>
    public string Fingerprint() => Content is not null
        ? Convert.ToHexStringLower(SHA256.HashData(Content))
        : Stamp(new FileInfo(SourcePath!));

    private static string Stamp(FileInfo source) => string.Create(
        CultureInfo.InvariantCulture, $"copy:{source.Length}:{source.LastWriteTimeUtc.Ticks}");
}

/// <summary>What a render did to the files: written, left alone because identical, deleted, or skipped because not ours.</summary>
public sealed record WriteCounts(int Written, int Unchanged, int Removed, int Foreign);
