namespace CollectionSite.Pipeline;

/// <summary>Where a stage's data comes from. Staleness (--refresh) and failure reports are per source.</summary>
public enum DataSource
{
    Discogs,
    AppleMusic,
    Spotify,
    Wikipedia,
    Artwork,
}

/// <summary>Names of the sources: on the command line (--refresh apple), for people, and in the meta table.</summary>
public static class DataSources
{
    /// <summary>The --refresh value that means every source.</summary>
    public const string AllName = "all";

    public static IReadOnlyList<DataSource> All { get; } = Enum.GetValues<DataSource>();

    /// <summary>Every value --refresh accepts: each source's command-line name, then "all".</summary>
    public static IReadOnlyList<string> CommandLineNames { get; } = [.. All.Select(CommandLineName), AllName];

    /// <summary>discogs, apple, spotify, wikipedia or artwork.</summary>
    public static string CommandLineName(DataSource source) => source switch
    {
        DataSource.Discogs => "discogs",
        DataSource.AppleMusic => "apple",
        DataSource.Spotify => "spotify",
        DataSource.Wikipedia => "wikipedia",
        DataSource.Artwork => "artwork",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>The name shown to people, e.g. "Apple Music".</summary>
    public static string DisplayName(DataSource source) => source switch
    {
        DataSource.AppleMusic => "Apple Music",
        _ => source.ToString(),
    };

    /// <summary>
    /// Maps --refresh values (case-insensitive) to sources. "all", or no value at all (a bare --refresh),
    /// means every source.
    /// </summary>
    /// <exception cref="ArgumentException">A value is not one of <see cref="CommandLineNames"/>.</exception>
    public static IReadOnlySet<DataSource> Parse(IReadOnlyCollection<string> names)
    {
        if (names.Count == 0)
        {
            return All.ToHashSet();
        }

        var sources = new HashSet<DataSource>();
        foreach (var name in names)
        {
            if (string.Equals(name, AllName, StringComparison.OrdinalIgnoreCase))
            {
                sources.UnionWith(All);
                continue;
            }

            var source = All.Where(s => string.Equals(CommandLineName(s), name, StringComparison.OrdinalIgnoreCase)).Cast<DataSource?>().FirstOrDefault()
                ?? throw new ArgumentException($"Unknown source '{name}': use one of {string.Join(", ", CommandLineNames)}.", nameof(names));
            sources.Add(source);
        }

        return sources;
    }
}
