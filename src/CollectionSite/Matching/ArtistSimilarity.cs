using System.Text.RegularExpressions;

namespace CollectionSite.Matching;

/// <summary>
/// How alike two artist credits are, 0..1. Credits are split into names at join strings ("&amp;", ",", "And",
/// "Featuring", "feat.", "ft.", "With", "vs.", "/", "+", " – ") so "Simon &amp; Garfunkel" equals "Simon and Garfunkel"
/// and Spotify's ["JAY-Z", "Kanye West"] equals Discogs' "Jay-Z &amp; Kanye West". The first credited name weighs
/// most: a store often drops featured artists.
/// </summary>
public static partial class ArtistSimilarity
{
    private static readonly HashSet<string> VariousNames = new(
        ["various artists", "various", "verschiedene interpreten", "multi interpretes", "artistes divers", "varios artistas", "artisti vari", "vários artistas"],
        StringComparer.Ordinal);

    /// <summary>The best similarity between any of <paramref name="credits"/> (one credit, several spellings) and the candidate's artists.</summary>
    public static double Of(IReadOnlyList<string> credits, IReadOnlyList<string> candidateArtists)
    {
        ArgumentNullException.ThrowIfNull(credits);
        ArgumentNullException.ThrowIfNull(candidateArtists);
        var theirs = candidateArtists.SelectMany(Names).ToList();
        if (theirs.Count == 0)
        {
            return 0;
        }

        var whole = string.Join(", ", candidateArtists);
        var best = 0.0;
        foreach (var credit in credits)
        {
            var ours = Names(credit);
            if (ours.Count == 0)
            {
                continue;
            }

            var primary = theirs.Max(name => TextSimilarity.Of(ours[0], name));
            var coverage = ours.Average(mine => theirs.Max(name => TextSimilarity.Of(mine, name)));
            var reverse = theirs.Average(name => ours.Max(mine => TextSimilarity.Of(mine, name)));
            var byNames = (0.6 * primary) + (0.25 * coverage) + (0.15 * reverse);
            best = Math.Max(best, Math.Max(byNames, TextSimilarity.Of(credit, whole)));
        }

        return best;
    }

    /// <summary>
    /// The names in a credit, split at join strings; a store's trailing qualifier goes ("Nirvana (UK)" → "Nirvana");
    /// empty parts dropped.
    /// </summary>
    public static IReadOnlyList<string> Names(string credit)
    {
        ArgumentNullException.ThrowIfNull(credit);
        return [.. Joins().Split(credit)
            .Select(part => Qualifier().Replace(part, string.Empty).Trim() is { Length: > 0 } bare ? bare : part.Trim())
            .Where(part => part.Length > 0)];
    }

    /// <summary>Whether a store names the artist as "Various Artists" (or a storefront's translation of it).</summary>
    public static bool IsVariousArtists(string? name) => VariousNames.Contains(MatchText.Normalize(name));

    [GeneratedRegex(@"\s+\([^()]+\)$")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\s*(?:,|&|\+|/|;|\s(?:and|feat\.?|featuring|ft\.?|with|vs\.?|versus|[\u2013\u2014-])\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Joins();
}
