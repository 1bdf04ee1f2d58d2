using System.Globalization;
using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Statistics;

/// <summary>The one computation behind the `stats` command and the /stats/ page (what counts: <see cref="CollectionStatistics"/>).</summary>
public static class StatisticsCalculator
{
    /// <summary>How many names each breakdown shows unless asked otherwise.</summary>
    public const int DefaultTop = 20;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public static CollectionStatistics Compute(StatisticsInput input, int top = DefaultTop)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var releases = input.Releases.OrderBy(r => r.Release.Id).ToList();
        var described = releases.Select(r => r.Release.Id).ToHashSet();
        var labels = Tally.Count(releases, r => r.Release.Labels.Select(Label));
        var artists = Tally.Count(releases, r => r.Release.Artists.Where(a => a.Id != DiscogsArtists.VariousId).Select(a => Artist(a, input.Artists)));
        var totals = new StatisticsTotals(
            input.Copies.Count,
            releases.Count,
            artists.Distinct,
            labels.Distinct,
            releases.Count(r => r.Partial),
            input.Copies.Count(c => !described.Contains(c.ReleaseId)));
        return new CollectionStatistics(
            totals,
            Tally.Count(releases, r => Names(r.Release.Genres.Concat(r.Master?.Genres ?? []))).Ranked(top),
            Tally.Count(releases, r => Names(r.Release.Styles.Concat(r.Master?.Styles ?? []))).Ranked(top),
            Tally.Count(releases, r => Names(r.Release.Formats.Select(f => f.Name))).Ranked(top),
            Tally.Count(releases, r => Decade(OriginalYear(r)) is { } decade ? [(decade, decade)] : []).Chronological(),
            labels.Ranked(top),
            Tally.Count(releases, r => Names(r.Release.Country is { } country ? [country] : [])).Ranked(top),
            artists.Ranked(top),
            Months(input.Copies));
    }

    /// <summary>The master's year when known (the year the music first came out), else the release's; null when neither is.</summary>
    public static int? OriginalYear(StatisticsRelease release) =>
        release.Master?.Year is > 0 and var original ? original : release.Release.KnownYear() is > 0 and var year ? year : null;

    /// <summary>1987 → "1980s"; null for no year.</summary>
    public static string? Decade(int? year) => year is > 0 ? (year.Value / 10 * 10).ToString(CultureInfo.InvariantCulture) + "s" : null;

    /// <summary>Every month from the first addition to the last (empty months included, so growth is a time axis).</summary>
    private static List<MonthCount> Months(IReadOnlyList<OwnedCopy> copies)
    {
        if (copies.Count == 0)
        {
            return [];
        }

        var added = copies.GroupBy(c => MonthStart(c.DateAdded)).ToDictionary(g => g.Key, g => g.Count());
        var months = new List<MonthCount>();
        var total = 0;
        for (var month = added.Keys.Min(); month <= added.Keys.Max(); month = month.AddMonths(1))
        {
            var count = added.GetValueOrDefault(month);
            total += count;
            months.Add(new MonthCount(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), count, total));
        }

        return months;
    }

    private static DateTime MonthStart(DateTimeOffset instant) => new(instant.UtcDateTime.Year, instant.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    private static IEnumerable<(string Key, string Name)> Names(IEnumerable<string> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (n.Trim(), n.Trim()));

    private static (string Key, string Name) Label(LabelCredit label)
    {
        var name = DiscogsDisambiguation.Strip(label.Name) is { Length: > 0 } stripped ? stripped : label.Name;
        return label.Id > 0 ? ("id:" + label.Id.ToString(CultureInfo.InvariantCulture), name) : ("name:" + name, name);
    }

    private static (string Key, string Name) Artist(ArtistCredit credit, IReadOnlyDictionary<long, CachedEntry<Artist>> cache)
    {
        // Like the artist term pages: the artist's own name (not the credited variation), under the id it answered with.
        var cached = cache.GetValueOrDefault(credit.Id);
        var id = cached?.Id ?? credit.Id;
        var name = new[] { cached?.Value?.Name, credit.Name }
            .Select(n => DiscogsDisambiguation.Strip(n ?? string.Empty))
            .FirstOrDefault(n => n.Length > 0) ?? "Artist " + id.ToString(CultureInfo.InvariantCulture);
        return id > 0 ? ("id:" + id.ToString(CultureInfo.InvariantCulture), name) : ("name:" + name, name);
    }
}
