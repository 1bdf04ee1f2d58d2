using System.Globalization;
using CollectionSite.Domain;

namespace CollectionSite.Rendering.Models;

/// <summary>The rows of the release-information table: labels with catalogue numbers, formats, country, date, identifiers.</summary>
public static class ReleaseInformation
{
    public static IReadOnlyList<InfoRow> Rows(Release release)
    {
        var rows = new List<InfoRow>();
        rows.AddRange(release.Labels.Select(l => new InfoRow("Label", CatalogNumber(l.CatalogNumber) is { } catno
            ? $"{Text.DiscogsNames.StripDisambiguation(l.Name)} – {catno}"
            : Text.DiscogsNames.StripDisambiguation(l.Name))));
        rows.AddRange(release.Formats.Select(f => new InfoRow("Format", Format(f))));
        if (release.Country is { } country)
        {
            rows.Add(new InfoRow("Country", country));
        }

        if (release.KnownReleased() is { } released)
        {
            rows.Add(new InfoRow("Released", released));
        }

        rows.AddRange(release.Identifiers.Select(i => new InfoRow(i.Description is { } d ? $"{i.Type} ({d})" : i.Type, i.Value)));
        return rows;
    }

    /// <summary>Discogs writes "none" for a release without a catalogue number.</summary>
    public static string? CatalogNumber(string? catno) =>
        string.IsNullOrWhiteSpace(catno) || catno.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? null : catno.Trim();

    /// <summary>"2 × Vinyl, LP, Album, Gatefold": quantity when more than one, name, descriptions, free text.</summary>
    public static string Format(ReleaseFormat format)
    {
        var quantity = int.TryParse(format.Quantity, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 1 ? $"{n} × " : string.Empty;
        var parts = format.Descriptions.Prepend(format.Name).Append(format.Text).OfType<string>().Where(p => p.Length > 0);
        return quantity + string.Join(", ", parts);
    }
}
