namespace CollectionSite.Matching;

/// <summary>
/// Scores a store album against a Discogs release (<see cref="AlbumScore"/>); pure, no I/O. A collector's search
/// term counts as a title too: the candidate's title, or its artist and title, may match it instead.
/// </summary>
public static class AlbumScorer
{
    /// <summary>What matching the title without its bracketed parts ("Weezer" for "Weezer (Blue Album)") is worth at most.</summary>
    public const double CoreTitleWeight = 0.9;

    public static AlbumScore Score(AlbumLookup lookup, AlbumCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(candidate);
        var title = TitleScore(lookup.Title, candidate.Title);
        if (lookup.SearchTerm is { } term)
        {
            // The collector's term names the album where Discogs' title does not ("Untitled" that the store calls "( )").
            title = Math.Max(title, Math.Max(TextSimilarity.Of(term, candidate.Title), TextSimilarity.Of(term, $"{candidate.ArtistDisplay} {candidate.Title}")));
        }

        return new AlbumScore(
            title,
            ArtistScore(lookup, candidate),
            YearScore(lookup.Year, lookup.OriginalYear, candidate.Year),
            Math.Max(TrackScore(lookup.TrackCount, candidate.TrackCount), TrackScore(lookup.SuitesAsOneTrackCount, candidate.TrackCount)),
            FormatScore(lookup, candidate),
            EditionScore(lookup.Title, candidate.Title));
    }

    /// <summary>
    /// The best similarity over the halves of both titles ("= translated title": any half may match), comparing the
    /// titles without edition markers, or, worth at most <see cref="CoreTitleWeight"/>, without any bracketed part.
    /// </summary>
    public static double TitleScore(string ours, string theirs)
    {
        var best = 0.0;
        foreach (var mine in TitleParts.Halves(ours).Select(TitleParts.Parse))
        {
            foreach (var other in TitleParts.Halves(theirs).Select(TitleParts.Parse))
            {
                best = Math.Max(best, TextSimilarity.Of(mine.Work, other.Work));
                if (mine.Core != mine.Work || other.Core != other.Work)
                {
                    best = Math.Max(best, CoreTitleWeight * TextSimilarity.Of(mine.Core, other.Core));
                }
            }
        }

        return best;
    }

    /// <summary>
    /// "Various" releases match compilations ("Various Artists", Apple isCompilation, Spotify album_type compilation)
    /// and little else; a one-artist release credited by the store to "Various Artists" is as unlikely.
    /// </summary>
    public static double ArtistScore(AlbumLookup lookup, AlbumCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(candidate);
        var variousCandidate = candidate.Artists.Count > 0 && candidate.Artists.All(ArtistSimilarity.IsVariousArtists);
        if (lookup.IsVarious)
        {
            return variousCandidate || candidate.IsCompilation ? 1 : 0.4;
        }

        return variousCandidate ? 0.3 : ArtistSimilarity.Of(lookup.ArtistCredits, candidate.Artists);
    }

    /// <summary>Years apart from the nearer of the release's and the master's year: 0 → 1, 1 → 0.98, 2 → 0.95, up to 5 → 0.9, more → 0.8; unknown → 0.95.</summary>
    public static double YearScore(int? year, int? originalYear, int? candidateYear)
    {
        int?[] ours = [year, originalYear];
        var known = ours.OfType<int>().ToList();
        if (candidateYear is not { } theirs || known.Count == 0)
        {
            return 0.95;
        }

        return known.Min(mine => Math.Abs(mine - theirs)) switch
        {
            0 => 1,
            1 => 0.98,
            2 => 0.95,
            <= 5 => 0.9,
            _ => 0.8,
        };
    }

    /// <summary>
    /// Same count → 1; within one track or 10% → 0.97; more tracks (a deluxe edition's bonus tracks) → 0.9 up to
    /// twice as many, else 0.8; fewer → 0.85, or 0.75 under half. Unknown on either side → 0.97.
    /// </summary>
    public static double TrackScore(int? ours, int? theirs)
    {
        if (ours is not > 0 || theirs is not > 0)
        {
            return 0.97;
        }

        int mine = ours.Value, other = theirs.Value;
        var difference = Math.Abs(mine - other);
        return difference == 0 ? 1
            : difference <= 1 || difference <= mine * 0.1 ? 0.97
            : other > mine ? (other <= 2 * mine ? 0.9 : 0.8)
            : other * 2 >= mine ? 0.85 : 0.75;
    }

    /// <summary>Album/EP/single agreement (Discogs descriptions against the store's kind) times compilation agreement.</summary>
    public static double FormatScore(AlbumLookup lookup, AlbumCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(candidate);
        var kind = (AlbumKinds.FromDiscogs(lookup.FormatDescriptions), candidate.Kind) switch
        {
            (AlbumKind.Album, AlbumKind.EP) => 0.85,
            (AlbumKind.Album, AlbumKind.SingleRelease) => 0.7,
            (AlbumKind.EP, AlbumKind.SingleRelease) => 0.95, // Spotify files EPs as singles.
            (AlbumKind.EP, AlbumKind.Album) => 0.9, // Stores often list EPs without saying so.
            (AlbumKind.SingleRelease, AlbumKind.EP) => 0.92,
            (AlbumKind.SingleRelease, AlbumKind.Album) => 0.8,
            _ => 1.0,
        };
        var ourCompilation = lookup.IsVarious || AlbumKinds.IsDiscogsCompilation(lookup.FormatDescriptions);
        var compilation = (ourCompilation, candidate.IsCompilation) switch
        {
            (true, false) => 0.97, // Apple flags only multi-artist compilations.
            (false, true) => 0.9,
            _ => 1.0,
        };
        return kind * compilation;
    }

    /// <summary>A deluxe/expanded edition against a plain release (or the reverse) → 0.95; a "(Live)" store title for a release not called live → 0.9.</summary>
    public static double EditionScore(string ours, string theirs)
    {
        var mine = TitleParts.Halves(ours).Select(TitleParts.Parse).Aggregate(TitleMarker.None, (all, part) => all | part.Markers);
        var other = TitleParts.Halves(theirs).Select(TitleParts.Parse).Aggregate(TitleMarker.None, (all, part) => all | part.Markers);
        var score = mine.HasFlag(TitleMarker.Expanded) == other.HasFlag(TitleMarker.Expanded) ? 1.0 : 0.95;
        var saysLive = mine.HasFlag(TitleMarker.Live) || MatchText.Normalize(ours).Split(' ').Contains("live");
        if (other.HasFlag(TitleMarker.Live) && !saysLive)
        {
            score *= 0.9;
        }

        return score;
    }
}
