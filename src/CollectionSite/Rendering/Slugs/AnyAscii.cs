using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace CollectionSite.Rendering.Slugs;

/// <summary>
/// Unicode → ASCII transliteration with the tables of the ISC-licensed any-ascii 0.3.3
/// (any-ascii-LICENSE.txt beside this file). The data is an embedded gzip'd text file, one line per
/// 256-code-point block: "block number, TAB, the block's entries separated by TABs"
/// (made by convert-any-ascii.mjs from the npm package's block.js).
/// </summary>
public static class AnyAscii
{
    private const string ResourceName = "Rendering.Slugs.any-ascii.txt.gz";

    // Loaded on first use only: most runs render few pages and the table is ~600 KB unpacked.
    private static readonly Lazy<FrozenDictionary<int, string[]>> Blocks = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Transliterates <paramref name="text"/>. ASCII passes through; code points without an entry vanish.</summary>
    public static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value <= 0x7f)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            if (Blocks.Value.TryGetValue(rune.Value >> 8, out var entries) && entries.Length > (rune.Value & 0xff))
            {
                builder.Append(entries[rune.Value & 0xff]);
            }
        }

        return builder.ToString();
    }

    private static FrozenDictionary<int, string[]> Load()
    {
        using var stream = typeof(AnyAscii).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var blocks = new Dictionary<int, string[]>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                blocks[int.Parse(line.AsSpan(0, tab), System.Globalization.CultureInfo.InvariantCulture)] = line[(tab + 1)..].Split('\t');
            }
        }

        return blocks.ToFrozenDictionary();
    }
}
