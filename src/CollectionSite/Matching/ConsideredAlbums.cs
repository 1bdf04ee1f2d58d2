namespace CollectionSite.Matching;

/// <summary>
/// The store albums one matcher weighed for one release, each scored once, in the order met (the store's relevance
/// order), and the outcomes made from them.
/// </summary>
internal sealed class ConsideredAlbums<T>(AlbumLookup lookup, Func<T, AlbumCandidate> view)
    where T : class
{
    private readonly List<(T Album, AlbumCandidate Candidate, AlbumScore Score)> all = [];

    /// <summary>Scores <paramref name="albums"/> not met before; returns every given album with its score.</summary>
    public IReadOnlyList<(T Album, AlbumCandidate Candidate, AlbumScore Score)> Add(IEnumerable<T> albums)
    {
        var added = new List<(T, AlbumCandidate, AlbumScore)>();
        foreach (var album in albums)
        {
            var candidate = view(album);
            var known = all.FindIndex(item => item.Candidate.Id == candidate.Id);
            if (known < 0)
            {
                all.Add((album, candidate, AlbumScorer.Score(lookup, candidate)));
                known = all.Count - 1;
            }

            added.Add(all[known]);
        }

        return added;
    }

    /// <summary>
    /// An exact match (barcode, cross-reference) from <paramref name="hits"/>: the best-scored plausible one, confidence
    /// 1; null when none is plausible. With <paramref name="barcode"/>, an album whose UPC the store states must be that code.
    /// </summary>
    public MatchOutcome<T>? Exact(IReadOnlyList<(T Album, AlbumCandidate Candidate, AlbumScore Score)> hits, MatchMethod method, string? barcode = null)
    {
        var best = hits
            .Where(hit => barcode is null || hit.Candidate.Upc is null || Barcode.SameCode(hit.Candidate.Upc, barcode))
            .Where(hit => AlbumDecision.IsPlausibleExact(hit.Score))
            .OrderByDescending(hit => hit.Score.Total)
            .FirstOrDefault();
        return best.Album is null ? null : new MatchOutcome<T>(best.Album, method, 1, Candidates());
    }

    /// <summary>The search decision over everything considered so far (<see cref="AlbumDecision"/>); null when it picks none.</summary>
    public MatchOutcome<T>? Searched(double minConfidence)
    {
        var chosen = AlbumDecision.Choose([.. all.Select(item => (item.Candidate, item.Score.Total))], minConfidence);
        if (chosen is null)
        {
            return null;
        }

        var match = all.First(item => item.Candidate.Id == chosen.Id);
        return new MatchOutcome<T>(match.Album, MatchMethod.Search, match.Score.Total, Candidates());
    }

    /// <summary>No match, with the best candidates.</summary>
    public MatchOutcome<T> NoMatch() => MatchOutcomes.NoMatch<T>(Candidates());

    private List<ScoredCandidate> Candidates() =>
        [.. all.OrderByDescending(item => item.Score.Total)
            .Take(AlbumDecision.CandidatesKept)
            .Select(item => new ScoredCandidate(item.Candidate.Id, item.Candidate.Title, item.Candidate.ArtistDisplay, item.Score.Total))];
}
