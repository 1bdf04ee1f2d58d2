using System.Globalization;
using System.Text.RegularExpressions;

namespace CollectionSite.Configuration;

/// <summary>
/// Durations as people type them on a command line: hours, minutes and seconds in that order, each part optional but
/// at least one given, e.g. "45s", "20m", "5h30m", "1h15m30s". Whole numbers only; the total is at least one second.
/// </summary>
public static partial class DurationText
{
    /// <summary>Thirty days: a budget longer than any run could use is a typo.</summary>
    private const long Maximum = 30L * 24 * 3600;

    /// <summary>The duration <paramref name="text"/> names, or null when it is not one (see the type's doc for the form).</summary>
    public static TimeSpan? Parse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success || text.Trim().Length == 0)
        {
            return null;
        }

        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var total = checked((Part("h") * 3600) + (Part("m") * 60) + Part("s"));
            return total is >= 1 and <= Maximum ? TimeSpan.FromSeconds(total) : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>"5h30m", "20m", "45s": the form <see cref="Parse"/> reads, for messages and logs.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)Math.Round(duration.TotalSeconds);
        var (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return (h > 0 ? $"{h}h" : string.Empty) + (m > 0 ? $"{m}m" : string.Empty) + (s > 0 || seconds == 0 ? $"{s}s" : string.Empty);
    }

    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,7})h)?(?:(?<m>[0-9]{1,9})m)?(?:(?<s>[0-9]{1,9})s)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
