using System.Globalization;
using System.Text.RegularExpressions;

namespace CollectionSite.Domain;

/// <summary>
/// A Discogs release date with only the parts Discogs knows. Discogs writes an unknown month or day as "00"
/// ("1975-00-00", "1975-03-00"); a day without a month, or one the month does not have, is not known either.
/// Written as ISO 8601 with that precision: "1975", "1975-03", "1977-09-23".
/// </summary>
public readonly partial record struct PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>The date in "YYYY[-MM[-DD]]" text, or null when the text is no such date or not even its year is known.</summary>
    public static PartialDate? Parse(string? text)
    {
        if (text is null || DateText().Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var year = Number(match.Groups["year"]) ?? 0;
        if (year == 0)
        {
            return null;
        }

        var month = Number(match.Groups["month"]) is { } m and >= 1 and <= 12 ? m : (int?)null;
        var day = month is { } known && Number(match.Groups["day"]) is { } d && d >= 1 && d <= DateTime.DaysInMonth(year, known) ? d : (int?)null;
        return new PartialDate(year, month, day);
    }

    /// <summary>
    /// What is known of a Discogs date text: "1975" for "1975-00-00", null when nothing is ("0000-00-00", "0"),
    /// any other text unchanged (it is not a date this code understands, so it is shown as Discogs wrote it).
    /// </summary>
    public static string? Known(string? text) =>
        Parse(text) is { } date ? date.ToString()
        : string.IsNullOrWhiteSpace(text) || text.Trim().All(c => c is '0' or '-') ? null
        : text.Trim();

    public override string ToString() =>
        Month is not { } month ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is not { } day ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{month:D2}-{day:D2}");

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{1,2})(?:-(?<day>\d{1,2}))?)?$")]
    private static partial Regex DateText();
}

/// <summary>The parts of a release's dates that are known, for display, sorting and decades.</summary>
public static class ReleaseDates
{
    /// <summary>Discogs' year, else the year of its release date (a release with year 0 may still say "1975-00-00").</summary>
    public static int? KnownYear(this Release release) => release.Year ?? PartialDate.Parse(release.Released)?.Year;

    /// <summary>The release date with its known precision only ("1975", "1975-03", "1977-09-23").</summary>
    public static string? KnownReleased(this Release release) => PartialDate.Known(release.Released);
}
