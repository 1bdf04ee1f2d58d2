using System.Globalization;

namespace CollectionSite.Cli;

/// <summary>How progress figures read: rates, durations and done/total, the same in the live view, plain lines and the summary.</summary>
public static class ProgressText
{
    /// <summary>"2.5/s", or "42/min" below one a second; empty when unknown.</summary>
    public static string Rate(double? itemsPerSecond) => itemsPerSecond switch
    {
        null => string.Empty,
        >= 1 => itemsPerSecond.Value.ToString("0.0", CultureInfo.InvariantCulture) + "/s",
        _ => (itemsPerSecond.Value * 60).ToString("0.#", CultureInfo.InvariantCulture) + "/min",
    };

    /// <summary>"45s", "2m 05s", "5h 30m"; whole seconds, rounded up (an ETA of 0.2 s reads 1s); empty when unknown.</summary>
    public static string Duration(TimeSpan? duration)
    {
        if (duration is not { } value)
        {
            return string.Empty;
        }

        var seconds = (long)Math.Ceiling(Math.Max(0, value.TotalSeconds));
        return seconds switch
        {
            < 60 => $"{seconds}s",
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}m {seconds % 60:00}s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}h {seconds / 60 % 60:00}m"),
        };
    }

    /// <summary>How long something took: "0.4s", "12.5s" under a minute (a tenth of a second), else as <see cref="Duration"/>.</summary>
    public static string Elapsed(TimeSpan? elapsed) => elapsed switch
    {
        null => string.Empty,
        { TotalSeconds: < 59.95 } brief => brief.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s",
        _ => Duration(elapsed),
    };

    /// <summary>"ETA 2m 00s", or empty when unknown.</summary>
    public static string Eta(TimeSpan? eta) => eta is null ? string.Empty : "ETA " + Duration(eta);
}
