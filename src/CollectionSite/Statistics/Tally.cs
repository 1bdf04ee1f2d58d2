namespace CollectionSite.Statistics;

/// <summary>Releases per key of one dimension, with the display name first seen for each key (releases in id order).</summary>
internal sealed class Tally
{
    private readonly Dictionary<string, (string Name, int Releases)> counts = new(StringComparer.Ordinal);
    private int unknown;

    public int Distinct => counts.Count;

    /// <summary>Counts each release once per key <paramref name="keys"/> gives it; a release with none counts as unknown.</summary>
    public static Tally Count(IEnumerable<StatisticsRelease> releases, Func<StatisticsRelease, IEnumerable<(string Key, string Name)>> keys)
    {
        var tally = new Tally();
        foreach (var release in releases)
        {
            var distinct = keys(release).DistinctBy(k => k.Key, StringComparer.Ordinal).ToList();
            if (distinct.Count == 0)
            {
                tally.unknown++;
            }

            foreach (var (key, name) in distinct)
            {
                tally.counts[key] = tally.counts.TryGetValue(key, out var seen) ? (seen.Name, seen.Releases + 1) : (name, 1);
            }
        }

        return tally;
    }

    /// <summary>The <paramref name="top"/> largest, ties by name (ordinal, case-insensitive first) so the order never varies.</summary>
    public Breakdown Ranked(int top) => new(
        counts.Values
            .OrderByDescending(c => c.Releases)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(top)
            .Select(c => new TermCount(c.Name, c.Releases))
            .ToList(),
        counts.Count,
        unknown);

    /// <summary>All of them in name order: for decades ("1960s" before "1970s").</summary>
    public Breakdown Chronological() => new(
        counts.Values.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new TermCount(c.Name, c.Releases)).ToList(),
        counts.Count,
        unknown);
}
