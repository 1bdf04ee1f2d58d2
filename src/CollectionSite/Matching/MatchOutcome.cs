namespace CollectionSite.Matching;

/// <summary>How a match was found, strongest first.</summary>
public enum MatchMethod
{
    /// <summary>Pinned by the collector (override).</summary>
    Manual,

    /// <summary>The release's barcode equals the album's UPC.</summary>
    Barcode,

    /// <summary>A link on the Discogs record itself (an artist's Wikipedia URL).</summary>
    Link,

    /// <summary>An exact id from a cross-reference service (Wikidata).</summary>
    Crossref,

    /// <summary>A scored search result at or above the source's minimum confidence.</summary>
    Search,
}

/// <summary>One candidate a matcher considered, with its score in 0..1 (1 = certain).</summary>
public sealed record ScoredCandidate(string Id, string Title, string Artist, double Score);

/// <summary>
/// What a matcher decided for one release or artist and one source: the match (or none), how and how sure, and every
/// candidate it weighed (kept for `match show`).
/// </summary>
/// <param name="Match">The matched item; null means "no match", never a guess.</param>
/// <param name="Method">How <paramref name="Match"/> was found; null without a match.</param>
/// <param name="Confidence">0..1: 1 for exact identifiers and manual pins, the score for a search match, the best
/// candidate's score for a no-match.</param>
public sealed record MatchOutcome<T>(T? Match, MatchMethod? Method, double Confidence, IReadOnlyList<ScoredCandidate> Candidates)
    where T : class
{
    public bool IsMatch => Match is not null;
}

/// <summary>Makes <see cref="MatchOutcome{T}"/>s.</summary>
public static class MatchOutcomes
{
    /// <summary>No match: the confidence is the best candidate's score (0 without candidates).</summary>
    public static MatchOutcome<T> NoMatch<T>(IReadOnlyList<ScoredCandidate> candidates)
        where T : class =>
        new(null, null, candidates.Count == 0 ? 0 : candidates.Max(c => c.Score), candidates);
}
