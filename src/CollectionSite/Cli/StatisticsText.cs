using System.Globalization;
using CollectionSite.Statistics;

namespace CollectionSite.Cli;

/// <summary>The plain-text form of the statistics (redirected output, CI logs): aligned columns, no control sequences.</summary>
public static class StatisticsText
{
    /// <summary>The breakdowns in display order, with their singular and plural nouns.</summary>
    public static IReadOnlyList<(string Title, string Noun, Breakdown Breakdown)> Sections(CollectionStatistics s) =>
    [
        ("Genres", "genre", s.Genres),
        ("Styles", "style", s.Styles),
        ("Formats", "format", s.Formats),
        ("Decades (original year)", "year", s.Decades),
        ("Labels", "label", s.Labels),
        ("Countries", "country", s.Countries),
        ("Top artists", "artist", s.Artists),
    ];

    public static IReadOnlyList<(string Name, int Value)> Totals(StatisticsTotals totals) =>
    [
        ("Copies", totals.Copies),
        ("Releases", totals.Releases),
        ("Partial releases (details not fetched yet)", totals.PartialReleases),
        ("Artists", totals.Artists),
        ("Labels", totals.Labels),
        ("Copies waiting for release data", totals.PendingCopies),
    ];

    /// <summary>"5 of 12 labels shown; 2 releases without label", or null when nothing is cut or unknown.</summary>
    public static string? Note(Breakdown breakdown, string noun)
    {
        var parts = new List<string>();
        if (breakdown.Distinct > breakdown.Top.Count)
        {
            parts.Add(Invariant($"{breakdown.Top.Count} of {breakdown.Distinct} shown"));
        }

        if (breakdown.Unknown > 0)
        {
            parts.Add(Invariant($"{breakdown.Unknown} {(breakdown.Unknown == 1 ? "release" : "releases")} without {noun}"));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    public static IEnumerable<string> Lines(CollectionStatistics statistics)
    {
        foreach (var line in Aligned(Totals(statistics.Totals).Select(t => (t.Name, t.Value))))
        {
            yield return line;
        }

        foreach (var (title, noun, breakdown) in Sections(statistics))
        {
            yield return string.Empty;
            yield return $"{title} (releases)";
            foreach (var line in Aligned(breakdown.Top.Select(t => (t.Name, t.Releases))))
            {
                yield return "  " + line;
            }

            if (Note(breakdown, noun) is { } note)
            {
                yield return "  (" + note + ")";
            }
        }

        yield return string.Empty;
        yield return "Additions per month (copies added, total owned)";
        foreach (var month in statistics.Months)
        {
            yield return Invariant($"  {month.Month}  {month.Added,6}  {month.Total,7}");
        }
    }

    private static IEnumerable<string> Aligned(IEnumerable<(string Name, int Value)> rows)
    {
        var list = rows.ToList();
        var width = list.Count == 0 ? 0 : list.Max(r => r.Name.Length);
        return list.Select(r => r.Name.PadRight(width) + "  " + r.Value.ToString("N0", CultureInfo.InvariantCulture).PadLeft(7));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
