using System.Text;
using CollectionSite.Domain;

namespace CollectionSite.Rendering.Text;

/// <summary>How Discogs names are shown: without the numeric disambiguation, credits joined as Discogs joins them.</summary>
public static partial class DiscogsNames
{
    /// <summary>"Orion (2)" → "Orion". Discogs appends " (n)" to tell same-named artists and labels apart.</summary>
    public static string StripDisambiguation(string name) => DiscogsDisambiguation.Strip(name);

    /// <summary>The name as credited: the ANV (artist name variation) when there is one, else the plain name.</summary>
    public static string CreditedName(ArtistCredit credit) => credit.Anv is { Length: > 0 } anv ? anv : StripDisambiguation(credit.Name);

    /// <summary>
    /// "A &amp; B", "A Featuring B", "A, B", "A – B": each credit's join string separates it from the next;
    /// the last credit's join is ignored, a missing join between two credits reads as a comma.
    /// </summary>
    public static string Display(IReadOnlyList<ArtistCredit> credits)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < credits.Count; i++)
        {
            builder.Append(CreditedName(credits[i]));
            if (i < credits.Count - 1)
            {
                builder.Append(Separator(credits[i].Join));
            }
        }

        return builder.ToString();
    }

    private static string Separator(string? join) => join?.Trim() switch
    {
        null or "" or "," => ", ",
        var word => $" {word} ",
    };
}
