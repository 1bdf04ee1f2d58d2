using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>
/// Scores a searched Wikipedia article for a Discogs artist, 0..1: 0 for a disambiguation page, 0.1 for an article
/// not about a musical artist, at most 0.5 when the title (qualifier removed) is not the artist's name; otherwise
/// 1 when the article names a member, group, alias or the real name, 0.9 when it does not, and 0.6 when it does not
/// and Discogs numbers the name (a namesake's article is as likely). An article about a person for a Discogs group
/// (or the reverse: the singer Sade for the band Sade) scores 0.7 of that.
/// </summary>
public static class ArticleScorer
{
    /// <summary>How close an article's base title must be to the name to count as the same name.</summary>
    public const double SameName = 0.95;

    /// <summary>What an article about a person is worth for a group (or the reverse), relative to its score.</summary>
    public const double OtherKind = 0.7;

    /// <param name="requestedTitle">The title asked for when it was one of the name's own titles (a redirect from
    /// "Sade Adu" to "Sade (singer)" says the name belongs there); null for search results and links.</param>
    public static double Score(ArtistLookup lookup, WikipediaArticle article, string? requestedTitle = null)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(article);
        if (MusicArticles.IsDisambiguation(article))
        {
            return 0;
        }

        if (!MusicArticles.IsAboutMusicalArtist(article))
        {
            return 0.1;
        }

        var name = Math.Max(NameScore(lookup, article.Title), requestedTitle is null ? 0 : NameScore(lookup, requestedTitle));
        if (name < SameName)
        {
            return Math.Round(0.5 * name, 4);
        }

        var score = IsCorroborated(lookup, article) ? 1 : lookup.HasNamesakes ? 0.6 : 0.9;
        var kind = MusicArticles.KindOf(article);
        return lookup.Kind != ArtistKind.Unknown && kind != ArtistKind.Unknown && kind != lookup.Kind ? score * OtherKind : score;
    }

    /// <summary>The best similarity of the title (with or without its qualifier) to the name, a name variation or the collector's search term.</summary>
    public static double NameScore(ArtistLookup lookup, string title)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var baseTitle = MusicArticles.BaseTitle(title);
        var names = new[] { lookup.Name }.Concat(lookup.NameVariations).Select(name => TextSimilarity.Of(baseTitle, name));
        return lookup.SearchTerm is { } term
            ? names.Append(TextSimilarity.Of(title, term)).Append(TextSimilarity.Of(baseTitle, term)).Max()
            : names.Max();
    }

    /// <summary>Whether the article names one of the artist's related names (members, groups, aliases, real name).</summary>
    public static bool IsCorroborated(ArtistLookup lookup, WikipediaArticle article)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return lookup.RelatedNames.Any(name => MusicArticles.Mentions(article, name));
    }
}
