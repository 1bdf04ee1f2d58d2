using System.Globalization;
using CollectionSite.Storage;

namespace CollectionSite.Corrections;

/// <summary>The short texts `override`, `artwork` and the admin print: an override in a few words, a byte count.</summary>
public static class OverrideText
{
    /// <summary>"pin 1556240425", "none", "search \"Sigur Ros ( )\"", "image /art/cover.jpg".</summary>
    public static string Describe(OverrideKind kind, string? value) => kind switch
    {
        OverrideKind.None => "none",
        OverrideKind.Search => $"search \"{value}\"",
        OverrideKind.Pin => $"pin {value}",
        _ => $"image {value}",
    };

    /// <summary>"12.3 MB": bytes in decimal units, one decimal.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} kB"),
        < 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.00} GB"),
    };
}
