using System.Text;
using System.Text.RegularExpressions;
using CollectionSite.Domain;

namespace CollectionSite.Matching;

/// <summary>Discogs artist names as people read them: without the " (n)" that tells same-named artists apart, the credited name (anv), the joined credit.</summary>
public static partial class ArtistNames
{
    /// <summary>"Low (2)" → "Low"; a trailing "*" (Discogs' mark for a name variation on its site) goes too; "Persuader, The" → "The Persuader".</summary>
    public static string WithoutNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = DiscogsNumber().Replace(name.Trim(), string.Empty).TrimEnd('*').Trim();
        return TrailingArticle().Match(plain) is { Success: true } match
            ? $"{match.Groups["article"].Value} {match.Groups["name"].Value}"
            : plain;
    }

    /// <summary>The name as credited on the release: the anv when Discogs has one, else the name without its number.</summary>
    public static string Credited(ArtistCredit credit)
    {
        ArgumentNullException.ThrowIfNull(credit);
        return string.IsNullOrWhiteSpace(credit.Anv) ? WithoutNumber(credit.Name) : WithoutNumber(credit.Anv);
    }

    /// <summary>The credit as printed: credited names joined by Discogs' join strings ("Simon &amp; Garfunkel", "A, B Featuring C").</summary>
    public static string Credit(IReadOnlyList<ArtistCredit> credits)
    {
        ArgumentNullException.ThrowIfNull(credits);
        var text = new StringBuilder();
        for (var i = 0; i < credits.Count; i++)
        {
            text.Append(Credited(credits[i]));
            if (i == credits.Count - 1)
            {
                break;
            }

            var join = credits[i].Join?.Trim();
            text.Append(string.IsNullOrEmpty(join) ? ", " : join == "," ? ", " : $" {join} ");
        }

        return text.ToString();
    }

    /// <summary>Whether Discogs numbered the name ("Low (2)"): another artist has the same name.</summary>
    public static bool IsNumbered(string name) => DiscogsNumber().IsMatch((name ?? string.Empty).Trim().TrimEnd('*'));

    /// <summary>Discogs' "Various" artist (id 194): a compilation of several artists.</summary>
    public static bool IsVarious(string name) =>
        string.Equals(WithoutNumber(name), "Various", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\s*\(\d+\)$")]
    private static partial Regex DiscogsNumber();

    [GeneratedRegex(@"^(?<name>.+), (?<article>The|A|An|Le|La|Les|Die|Der|Das|El|Los)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingArticle();
}
