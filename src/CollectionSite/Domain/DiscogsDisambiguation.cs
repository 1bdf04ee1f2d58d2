using System.Text.RegularExpressions;

namespace CollectionSite.Domain;

/// <summary>Discogs appends " (n)" to tell same-named artists and labels apart ("Orion (2)"); readers never see it.</summary>
public static partial class DiscogsDisambiguation
{
    /// <summary>"Orion (2)" → "Orion"; any other name is only trimmed.</summary>
    public static string Strip(string name) => Suffix().Replace(name, string.Empty).Trim();

    [GeneratedRegex(@"\s+\(\d+\)$")]
    private static partial Regex Suffix();
}
