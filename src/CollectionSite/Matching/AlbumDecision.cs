namespace CollectionSite.Matching;

/// <summary>
/// Picks an album from scored search results, or none. The rules, in order:
/// <list type="number">
/// <item>The best-scored candidate must reach the source's minimum confidence.</item>
/// <item>Editions of one album (same artist, same title once edition markers are gone: "Abbey Road" and
/// "Abbey Road (Super Deluxe Edition)", or one album listed twice) are not rivals: the scores already prefer the
/// edition whose markers, track count and year agree with the release, so the best of them is taken.</item>
/// <item>Any other album scoring within <see cref="Margin"/> of the best makes the result ambiguous (Weezer's Teal and
/// Black albums are both "Weezer", 2019, 10 tracks): no match rather than a coin toss.</item>
/// </list>
/// Ties between equal scores keep the store's order (its relevance).
/// </summary>
public static class AlbumDecision
{
    /// <summary>How far ahead of a different album the best candidate must be.</summary>
    public const double Margin = 0.05;

    /// <summary>How many candidates an outcome keeps for `match show`, best first.</summary>
    public const int CandidatesKept = 10;

    /// <summary>The chosen candidate, or null; <paramref name="scored"/> in the store's order.</summary>
    public static AlbumCandidate? Choose(IReadOnlyList<(AlbumCandidate Candidate, double Score)> scored, double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(scored);
        if (scored.Count == 0)
        {
            return null;
        }

        var ranked = scored.Select((item, index) => (item.Candidate, item.Score, index))
            .OrderByDescending(item => item.Score).ThenBy(item => item.index).ToList();
        var best = ranked[0];
        if (best.Score < minConfidence)
        {
            return null;
        }

        var rival = ranked.Skip(1).FirstOrDefault(item => item.Candidate.Id != best.Candidate.Id && !SameAlbum(item.Candidate, best.Candidate));
        return rival.Candidate is not null && rival.Score >= best.Score - Margin ? null : best.Candidate;
    }

    /// <summary>Two store entries for one album: the same artists and the same title without edition markers.</summary>
    public static bool SameAlbum(AlbumCandidate left, AlbumCandidate right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return MatchText.Normalize(TitleParts.Parse(left.Title).Work) == MatchText.Normalize(TitleParts.Parse(right.Title).Work)
            && TextSimilarity.Of(left.ArtistDisplay, right.ArtistDisplay) >= 0.95;
    }

    /// <summary>
    /// Whether an exact hit (barcode, cross-reference) is sane enough to take: not by another artist (unless a
    /// compilation), and when the titles share nothing the artist must be clearly the same (Led Zeppelin's Discogs
    /// "Untitled" is the store's "Led Zeppelin IV"). Guards against a mistyped barcode or a wrong Wikidata statement.
    /// </summary>
    public static bool IsPlausibleExact(AlbumScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.Artist >= 0.5 && (score.Title >= 0.3 || score.Artist >= 0.8);
    }
}
