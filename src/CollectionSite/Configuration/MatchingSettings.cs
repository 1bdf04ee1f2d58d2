using System.Globalization;

namespace CollectionSite.Configuration;

/// <summary>
/// Matching: how sure a scored search result must be before it is taken as a match (0..1). Below it the matcher
/// records "no match" with the candidates it weighed; exact identifiers (barcode, link, cross-reference) do not
/// depend on it. <c>Matching:MinConfidence</c> applies to every source unless a source sets its own
/// (<c>Matching:AppleMusic:MinConfidence</c>, <c>Matching:Spotify:MinConfidence</c>, <c>Matching:Wikipedia:MinConfidence</c>).
/// </summary>
public sealed class MatchingSettings : ISettingsSection
{
    public const double DefaultMinConfidence = 0.85;

    public string SectionName => "Matching";

    /// <summary>Matching:MinConfidence, the threshold for sources without their own.</summary>
    public double MinConfidence { get; set; } = DefaultMinConfidence;

    /// <summary>Matching:AppleMusic:MinConfidence; null = <see cref="MinConfidence"/>.</summary>
    public double? AppleMusicMinConfidence { get; set; }

    /// <summary>Matching:Spotify:MinConfidence; null = <see cref="MinConfidence"/>.</summary>
    public double? SpotifyMinConfidence { get; set; }

    /// <summary>Matching:Wikipedia:MinConfidence; null = <see cref="MinConfidence"/>.</summary>
    public double? WikipediaMinConfidence { get; set; }

    public double AppleMusicThreshold => AppleMusicMinConfidence ?? MinConfidence;

    public double SpotifyThreshold => SpotifyMinConfidence ?? MinConfidence;

    public double WikipediaThreshold => WikipediaMinConfidence ?? MinConfidence;

    public IEnumerable<string> Secrets => [];

    public void Read(ConfigurationValues values, SettingsRequirement requirement)
    {
        MinConfidence = Fraction(values, "Matching:MinConfidence") ?? MinConfidence;
        AppleMusicMinConfidence = Fraction(values, "Matching:AppleMusic:MinConfidence") ?? AppleMusicMinConfidence;
        SpotifyMinConfidence = Fraction(values, "Matching:Spotify:MinConfidence") ?? SpotifyMinConfidence;
        WikipediaMinConfidence = Fraction(values, "Matching:Wikipedia:MinConfidence") ?? WikipediaMinConfidence;
    }

    /// <summary>A number from 0 to 1 ("0.9"), or null when the key is not set.</summary>
    private static double? Fraction(ConfigurationValues values, string key)
    {
        var raw = values.OptionalString(key);
        if (raw is null && !values.IsSet(key))
        {
            return null;
        }

        if (raw is null
            || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || value < 0 || value > 1)
        {
            throw new ConfigurationException($"{key} must be a number from 0 to 1 such as 0.85, but is '{raw}' ({values.SourceOf(key)}).");
        }

        return value;
    }
}
