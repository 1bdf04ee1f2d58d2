using System.Text.RegularExpressions;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Matching;

/// <summary>
/// What a Wikipedia page summary says about itself: a disambiguation page, an article about a musical artist (a
/// band, a musician, a composer... in the short description or the extract's first sentence, and not an album, a
/// song or a film), and the name its title gives once the qualifier is gone ("Tool (band)" → "Tool").
/// </summary>
public static partial class MusicArticles
{
    /// <summary>type "disambiguation", or the marks of one in older or odd summaries ("may refer to:", Wikidata's description of one).</summary>
    public static bool IsDisambiguation(WikipediaArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.IsDisambiguation
            || string.Equals(article.Description?.Trim(), "Topics referred to by the same term", StringComparison.OrdinalIgnoreCase)
            || (article.Extract?.TrimEnd().EndsWith("may refer to:", StringComparison.OrdinalIgnoreCase) ?? false)
            || TitleQualifier(article.Title) is { } qualifier && qualifier.Contains("disambiguation", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the article is about a musical artist (see the type's summary).</summary>
    public static bool IsAboutMusicalArtist(WikipediaArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // "(album)", "(song)", "(film)": a work; "(musical group)" is still a maker.
        if (TitleQualifier(article.Title) is { } qualifier
            && MatchText.Normalize(qualifier) is var words && WorkWords().IsMatch(words) && !ArtistWords().IsMatch(words))
        {
            return false;
        }

        var description = MatchText.Normalize(article.Description);
        if (WorkDescription().IsMatch(description))
        {
            return false;
        }

        return ArtistWords().IsMatch(description) || ArtistWords().IsMatch(MatchText.Normalize(FirstSentence(article.Extract)));
    }

    /// <summary>The title without its trailing qualifier: "Tool (band)" → "Tool", "Low (American band)" → "Low".</summary>
    public static string BaseTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Qualified().Match(title.Trim()) is { Success: true } match ? match.Groups["base"].Value.Trim() : title.Trim();
    }

    /// <summary>The qualifier in brackets at the end of a title ("band"), or null.</summary>
    public static string? TitleQualifier(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Qualified().Match(title.Trim()) is { Success: true } match ? match.Groups["qualifier"].Value : null;
    }

    /// <summary>Whether the article names <paramref name="name"/> as a whole phrase (in the description or the extract).</summary>
    public static bool Mentions(WikipediaArticle article, string name)
    {
        ArgumentNullException.ThrowIfNull(article);
        var phrase = MatchText.Normalize(name);
        if (phrase.Length < 4)
        {
            return false;
        }

        var text = $" {MatchText.Normalize($"{article.Description} {article.Extract}")} ";
        return text.Contains($" {phrase} ", StringComparison.Ordinal);
    }

    private static string FirstSentence(string? extract)
    {
        if (string.IsNullOrWhiteSpace(extract))
        {
            return string.Empty;
        }

        var end = extract.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? extract : extract[..end];
    }

    [GeneratedRegex(@"^(?<base>.+?)\s*\((?<qualifier>[^()]+)\)$")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"\b(album|song|single|ep|film|movie|novel|book|tv series|television series|episode|video game|soundtrack|mixtape|play|musical)\b")]
    private static partial Regex WorkWords();

    // "1996 studio album by Tool", "song by Heart", "2003 film": an article about a work, not its maker.
    [GeneratedRegex(@"^(\d{4}\s+)?(\w+\s+){0,3}(album|song|single|ep|film|novel|soundtrack|mixtape|compilation|television series|video game)\b")]
    private static partial Regex WorkDescription();

    [GeneratedRegex(@"\b(band|bandleader|boy band|musician|multi instrumentalist|singer|rapper|songwriter|singer songwriter|composer|dj|disc jockey|record producer|music producer|orchestra|ensemble|choir|duo|trio|quartet|quintet|vocalist|guitarist|pianist|drummer|bassist|violinist|cellist|saxophonist|trumpeter|organist|keyboardist|percussionist|conductor|lyricist|turntablist|beatmaker|mc|supergroup|girl group|(musical|music|vocal|pop|rock|punk|metal|jazz|folk|hip hop|soul|funk|reggae|country|electronic|dance|indie|idol|rap|techno|house|noise|experimental|ambient) (group|act|project|collective|outfit|artist|duo))\b")]
    private static partial Regex ArtistWords();
}
