using System.Globalization;

namespace CollectionSite.Configuration;

/// <summary>
/// Artwork: where covers and artist images come from (in priority order), how they are downloaded (size cap, timeout,
/// budget for image hosts other than Discogs) and the sizes and qualities they are resized to.
/// </summary>
public sealed class ArtworkSettings : ISettingsSection
{
    /// <summary>The names <see cref="Sources"/> and <see cref="ArtistSources"/> accept.</summary>
    public static IReadOnlyList<string> SourceNames { get; } = ["override", "apple", "discogs-primary", "discogs-first", "wikipedia"];

    public string SectionName => "Artwork";

    /// <summary>Release cover sources, best first: the collector's override, Apple Music, the Discogs primary image, the first Discogs image.</summary>
    public IReadOnlyList<string> Sources { get; set; } = ["override", "apple", "discogs-primary", "discogs-first"];

    /// <summary>Artist image sources, best first: the override, the Discogs artist's primary image, the Wikipedia thumbnail.</summary>
    public IReadOnlyList<string> ArtistSources { get; set; } = ["override", "discogs-primary", "wikipedia"];

    /// <summary>Long edges in pixels of the resized files, e.g. cover-1200.jpg, cover-600.webp. Never upscaled.</summary>
    public IReadOnlyList<int> Sizes { get; set; } = [1200, 600, 300];

    public int JpegQuality { get; set; } = 85;

    public int WebPQuality { get; set; } = 80;

    /// <summary>The largest edge asked of Apple Music's artwork template (its {w}x{h}), within the size Apple offers.</summary>
    public int MaxSourcePixels { get; set; } = 2000;

    /// <summary>A download larger than this is abandoned while it streams (30 MB).</summary>
    public long MaxDownloadBytes { get; set; } = 30L * 1024 * 1024;

    /// <summary>Images resized at once; downloads still respect each host's rate budget.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Seconds one download (answer and body) may take before it is abandoned and retried.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Budget per minute for each image host other than Discogs' (Apple's, Wikimedia's, an override's); Discogs
    /// images share Discogs:RequestsPerMinute with the API.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    public IEnumerable<string> Secrets => [];

    /// <summary>A copy that takes images from overrides only (the offline demo, whose bundled images are its overrides).</summary>
    public ArtworkSettings OverridesOnly()
    {
        var copy = (ArtworkSettings)MemberwiseClone();
        copy.Sources = ["override"];
        copy.ArtistSources = ["override"];
        return copy;
    }

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        Sources = SourceList(values, "Artwork:Sources", Sources, "wikipedia");
        ArtistSources = SourceList(values, "Artwork:ArtistSources", ArtistSources, "apple");
        Sizes = SizeList(values, "Artwork:Sizes", Sizes);
        JpegQuality = values.WholeNumber("Artwork:JpegQuality", JpegQuality, 1, 100);
        WebPQuality = values.WholeNumber("Artwork:WebPQuality", WebPQuality, 1, 100);
        MaxSourcePixels = values.WholeNumber("Artwork:MaxSourcePixels", MaxSourcePixels, 100, 10_000);
        MaxDownloadBytes = values.WholeNumber("Artwork:MaxDownloadBytes", (int)MaxDownloadBytes, 1024, int.MaxValue);
        MaxParallelism = values.WholeNumber("Artwork:MaxParallelism", MaxParallelism, 1, 256);
        TimeoutSeconds = values.WholeNumber("Artwork:TimeoutSeconds", TimeoutSeconds, 1, 3600);
        RequestsPerMinute = values.WholeNumber("Artwork:RequestsPerMinute", RequestsPerMinute, 1, 6000);
    }

    private static List<string> SourceList(ConfigurationValues values, string key, IReadOnlyList<string> fallback, string notFor)
    {
        var raw = values.OptionalList(key);
        if (raw is null)
        {
            return [.. fallback];
        }

        var names = raw.Select(name => name.ToLowerInvariant()).ToList();
        var allowed = SourceNames.Where(name => name != notFor).ToList();
        if (names.Count == 0 || names.Any(name => !allowed.Contains(name)) || names.Distinct().Count() != names.Count)
        {
            throw new ConfigurationException(
                $"{key} must list each source at most once, best first, from {string.Join(", ", allowed)}, but is '{string.Join(",", raw)}' ({ListSource(values, key)}).");
        }

        return names;
    }

    private static List<int> SizeList(ConfigurationValues values, string key, IReadOnlyList<int> fallback)
    {
        var raw = values.OptionalList(key);
        if (raw is null)
        {
            return [.. fallback];
        }

        var sizes = raw.Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 0).ToList();
        if (sizes.Count is 0 or > 8 || sizes.Any(size => size is < 16 or > 8192) || sizes.Distinct().Count() != sizes.Count)
        {
            throw new ConfigurationException(
                $"{key} must be 1 to 8 different long edges in pixels from 16 to 8192, such as [1200, 600, 300], but is '{string.Join(",", raw)}' ({ListSource(values, key)}).");
        }

        return [.. sizes.OrderDescending()];
    }

    private static string ListSource(ConfigurationValues values, string key) =>
        values.IsSet(key) ? values.SourceOf(key) : values.SourceOf(key + ":0");
}
