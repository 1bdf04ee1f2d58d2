using AnyAscii;
using CollectionSite.Clients.Wikidata;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Configuration;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>
/// Finds an artist's English Wikipedia article: the artist's own Wikipedia links on Discogs (Method Link), then
/// Wikidata's enwiki sitelink for the Discogs artist id (Crossref), then the titles "X", "X (band)", "X (musician)",
/// "X (singer)", "X (rapper)", "X (group)" and a title search, scored (<see cref="ArticleScorer"/>). Never a
/// disambiguation page; a link must also lead to an article about a musical artist. Two different articles that
/// score alike (two bands called Nirvana, neither naming a member) give no match. Wikipedia errors propagate.
/// </summary>
public sealed class WikipediaMatcher(IWikipediaApi wikipedia, IWikidataApi wikidata, MatchingSettings settings)
{
    /// <summary>How far ahead of a different article the best one must be.</summary>
    public const double Margin = 0.05;

    /// <summary>Search results read; only those titled with the name are fetched.</summary>
    public const int SearchLimit = 10;

    private static readonly string[] Qualifiers = ["band", "musician", "singer", "rapper", "group"];

    public async Task<MatchOutcome<WikipediaArticle>> MatchAsync(ArtistLookup lookup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var considered = new Dictionary<string, (WikipediaArticle Article, double Score)>(StringComparer.Ordinal);
        var tried = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        async Task<WikipediaArticle?> FetchAsync(string title, bool ownTitle)
        {
            if (!tried.Add(title.Replace('_', ' ').Trim()))
            {
                return null;
            }

            var article = await wikipedia.GetSummaryAsync(title, cancellationToken);
            if (article is not null)
            {
                var score = ArticleScorer.Score(lookup, article, ownTitle ? title : null);
                if (!considered.TryGetValue(article.Title, out var known) || known.Score < score)
                {
                    considered[article.Title] = (article, score);
                }
            }

            return article;
        }

        foreach (var title in lookup.WikipediaTitles)
        {
            if (await FetchAsync(title, ownTitle: false) is { } linked && !MusicArticles.IsDisambiguation(linked) && MusicArticles.IsAboutMusicalArtist(linked))
            {
                return new MatchOutcome<WikipediaArticle>(linked, MatchMethod.Link, 1, Candidates(considered));
            }
        }

        var crossReference = await CrossReferences.ForArtistAsync(wikidata, lookup.DiscogsId, cancellationToken);
        if (crossReference.WikipediaTitle is { } sitelink && await FetchAsync(sitelink, ownTitle: false) is { } item && !MusicArticles.IsDisambiguation(item))
        {
            return new MatchOutcome<WikipediaArticle>(item, MatchMethod.Crossref, 1, Candidates(considered));
        }

        foreach (var title in CandidateTitles(lookup))
        {
            await FetchAsync(title, ownTitle: true);
        }

        var query = lookup.SearchTerm ?? $"\"{lookup.Name}\" music";
        foreach (var title in (await wikipedia.SearchTitlesAsync(query, SearchLimit, cancellationToken))
            .Where(title => ArticleScorer.NameScore(lookup, title) >= ArticleScorer.SameName)
            .Take(4))
        {
            await FetchAsync(title, ownTitle: false);
        }

        var chosen = Choose(considered.Values, settings.WikipediaThreshold);
        return chosen is null
            ? MatchOutcomes.NoMatch<WikipediaArticle>(Candidates(considered))
            : new MatchOutcome<WikipediaArticle>(chosen.Value.Article, MatchMethod.Search, chosen.Value.Score, Candidates(considered));
    }

    /// <summary>"X", "X (band)", "X (musician)", "X (singer)", "X (rapper)", "X (group)"; the same for a Latin transliteration of a non-Latin name; the collector's term first when set.</summary>
    public static IReadOnlyList<string> CandidateTitles(ArtistLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var latin = lookup.Name.Transliterate();
        var names = latin == lookup.Name ? [lookup.Name] : new[] { lookup.Name, latin };
        var titles = names.SelectMany(name => new[] { name }.Concat(Qualifiers.Select(qualifier => $"{name} ({qualifier})")));
        return [.. (lookup.SearchTerm is { } term ? titles.Prepend(term) : titles).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static (WikipediaArticle Article, double Score)? Choose(IEnumerable<(WikipediaArticle Article, double Score)> scored, double minConfidence)
    {
        var ranked = scored.OrderByDescending(item => item.Score).ToList();
        if (ranked.Count == 0 || ranked[0].Score < minConfidence)
        {
            return null;
        }

        return ranked.Count > 1 && ranked[1].Score >= ranked[0].Score - Margin ? null : ranked[0];
    }

    private static List<ScoredCandidate> Candidates(Dictionary<string, (WikipediaArticle Article, double Score)> considered) =>
        [.. considered.Values.OrderByDescending(item => item.Score)
            .Select(item => new ScoredCandidate(item.Article.Title, item.Article.Title, item.Article.Description ?? string.Empty, item.Score))];
}
