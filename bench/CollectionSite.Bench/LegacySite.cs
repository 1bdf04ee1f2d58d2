using System.Text.RegularExpressions;

namespace CollectionSite.Bench;

/// <summary>
/// The "before" of the Hugo benchmark: the same site as the theme had it before covers were pre-sized. Each album
/// bundle holds its original as cover.jpg with <c>cover: "cover.jpg"</c> in its front matter, and the layouts are the
/// old partials kept in LegacyTheme/, which resize every cover inside Hugo.
/// </summary>
internal static partial class LegacySite
{
    public static string ThemeFolder => Path.Combine(BenchArguments.RepositoryRoot(), "bench", "CollectionSite.Bench", "LegacyTheme");

    /// <summary>Copies <paramref name="presized"/> (a rendered site with its skeleton) to <paramref name="target"/> the old way.</summary>
    /// <param name="originalOf">The original image of a release, by the discogs_id its page shows; null when it has none.</param>
    public static void Create(string presized, string target, Func<long, string?> originalOf)
    {
        foreach (var file in Directory.EnumerateFiles(presized, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(presized, file);
            if (Path.GetFileName(file).StartsWith("cover-", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            if (Path.GetFileName(file) == "index.md" && relative.StartsWith(Path.Combine("content", "albums"), StringComparison.Ordinal))
            {
                WriteAlbum(File.ReadAllText(file), destination, originalOf);
            }
            else
            {
                File.Copy(file, destination);
            }
        }

        foreach (var layout in Directory.EnumerateFiles(ThemeFolder, "*", SearchOption.AllDirectories))
        {
            File.Copy(layout, Path.Combine(target, Path.GetRelativePath(ThemeFolder, layout)), overwrite: true);
        }
    }

    private static void WriteAlbum(string page, string destination, Func<long, string?> originalOf)
    {
        var id = long.Parse(DiscogsId().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (originalOf(id) is not { } original)
        {
            File.WriteAllText(destination, page);
            return;
        }

        File.Copy(original, Path.Combine(Path.GetDirectoryName(destination)!, "cover.jpg"));
        File.WriteAllText(destination, BodyImage().Replace(CoverBlock().Replace(page, "cover: \"cover.jpg\"\n"), "](cover.jpg)"));
    }

    [GeneratedRegex("discogs_id: \"(\\d+)\"")]
    private static partial Regex DiscogsId();

    /// <summary>The cover map: "cover:" and every indented line under it.</summary>
    [GeneratedRegex(@"(?m)^cover:\n(?:[ ].*\n)+")]
    private static partial Regex CoverBlock();

    [GeneratedRegex(@"\]\(cover-\d+\.jpg\)")]
    private static partial Regex BodyImage();
}
