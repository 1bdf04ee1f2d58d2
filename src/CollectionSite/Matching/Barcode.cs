using CollectionSite.Domain;

namespace CollectionSite.Matching;

/// <summary>
/// Barcodes as Discogs users type them ("0 7464-40180-1 2", "5 099902 989127") turned into the UPC-A (12 digits) and
/// EAN-13 forms the stores index. A GTIN's check digit does not change when leading zeros are added, so every
/// form of one code is checked the same way.
/// </summary>
public static class Barcode
{
    /// <summary>
    /// The forms to look up for the release's identifiers of type "Barcode", distinct, in the order found: each valid
    /// code as typed first, then its other form (a leading 0 added or removed). Values with anything but digits,
    /// spaces, dashes and dots, not of 12 or 13 digits once a leading zero is added or removed, or with a wrong check
    /// digit, are left out.
    /// </summary>
    public static IReadOnlyList<string> QueryForms(IReadOnlyList<ReleaseIdentifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        return [.. identifiers
            .Where(identifier => string.Equals(identifier.Type, "Barcode", StringComparison.OrdinalIgnoreCase))
            .SelectMany(identifier => Forms(identifier.Value))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The 13-digit form of <paramref name="value"/> (a UPC-A gets a leading 0), or null when it is no valid UPC/EAN.</summary>
    public static string? Gtin13(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string([.. value.Where(c => c is not (' ' or '-' or '.' or '\u00A0'))]);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        // 11 digits: a UPC-A typed without its leading 0; 14: an EAN-13 with one zero too many (GTIN-14 of a unit).
        var gtin = digits.Length switch
        {
            11 => "00" + digits,
            12 => "0" + digits,
            13 => digits,
            14 when digits[0] == '0' => digits[1..],
            _ => null,
        };
        return gtin is not null && HasValidCheckDigit(gtin) ? gtin : null;
    }

    /// <summary>Whether two barcodes are the same code in any of their forms.</summary>
    public static bool SameCode(string? left, string? right) =>
        Gtin13(left) is { } a && Gtin13(right) is { } b && string.Equals(a, b, StringComparison.Ordinal);

    internal static bool HasValidCheckDigit(string gtin13)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (gtin13[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (10 - (sum % 10)) % 10 == gtin13[12] - '0';
    }

    private static IEnumerable<string> Forms(string value)
    {
        if (Gtin13(value) is not { } gtin)
        {
            yield break;
        }

        var upc = gtin[0] == '0' ? gtin[1..] : null;
        var typedAsUpc = new string([.. value.Where(char.IsAsciiDigit)]).Length <= 12;
        if (typedAsUpc && upc is not null)
        {
            yield return upc;
            yield return gtin;
        }
        else
        {
            yield return gtin;
            if (upc is not null)
            {
                yield return upc;
            }
        }
    }
}
