using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>
/// Scores a searched Wikipedia article for a Discogs artist, 0..1: 0 for a disambiguation page, 0.1 for an article
/// not about a musical artist, at most 0.5 when the title (qualifier removed) is not the artist's name; otherwise
/// 1 when the article names a member, group, alias or the real name, 0.9 when it does not, and 0.6 when it does not
/// and Discogs numbers the name (a namesake's article is as likely).
/// </summary>
public static class ArticleScorer
{
    /// <summary>How close an article's base title must be to the name to count as the same name.</summary>
    public const double SameName = 0.95;

    public static double Score(ArtistLookup lookup, WikipediaArticle article)
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

        var name = NameScore(lookup, article.Title);
        if (name < SameName)
        {
            return Math.Round(0.5 * name, 4);
        }

        return IsCorroborated(lookup, article) ? 1 : lookup.HasNamesakes ? 0.6 : 0.9;
    }

    /// <summary>The best similarity of the title without its qualifier to the name or a name variation.</summary>
    public static double NameScore(ArtistLookup lookup, string title)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var baseTitle = MusicArticles.BaseTitle(title);
        return new[] { lookup.Name }.Concat(lookup.NameVariations).Max(name => TextSimilarity.Of(baseTitle, name));
    }

    /// <summary>Whether the article names one of the artist's related names (members, groups, aliases, real name).</summary>
    public static bool IsCorroborated(ArtistLookup lookup, WikipediaArticle article)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return lookup.RelatedNames.Any(name => MusicArticles.Mentions(article, name));
    }
}
