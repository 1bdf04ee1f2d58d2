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
    /// <summary>How alike (edit distance ratio) a run of words must be to a name to count as naming it.</summary>
    public const double SpelledAlike = 0.88;

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

    /// <summary>
    /// Whether the article is about a group or a person: the first artist word of the short description, else of the
    /// extract's first sentence ("English band" → Group; "British singer, lead vocalist of the band Sade" → Person).
    /// </summary>
    public static ArtistKind KindOf(WikipediaArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var text in new[] { article.Description, FirstSentence(article.Extract) })
        {
            if (ArtistWords().Match(MatchText.Normalize(text)) is { Success: true } first)
            {
                return GroupWords().IsMatch(first.Value) ? ArtistKind.Group : ArtistKind.Person;
            }
        }

        return ArtistKind.Unknown;
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

    /// <summary>
    /// Whether the article names <paramref name="name"/> (in the description or the extract, in any script form) as a
    /// run of words spelled nearly alike (<see cref="SpelledAlike"/>: "Viktor Tsoy" from Cyrillic is the article's
    /// "Viktor Tsoi"). Names under 4 letters are not telling and never count.
    /// </summary>
    public static bool Mentions(WikipediaArticle article, string name)
    {
        ArgumentNullException.ThrowIfNull(article);
        var texts = MatchText.Forms($"{article.Description} {article.Extract}").Select(form => form.Split(' ')).ToList();
        foreach (var phrase in MatchText.Forms(name).Where(phrase => MatchText.Compact(phrase).Length >= 4))
        {
            var wanted = MatchText.Compact(phrase);
            var length = phrase.Split(' ').Length;
            foreach (var words in texts)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    if (TextSimilarity.Ratio(wanted, string.Concat(words.Skip(start).Take(length))) >= SpelledAlike)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
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

    [GeneratedRegex(@"\b(band|group|duo|trio|quartet|quintet|orchestra|ensemble|choir|collective|project|outfit|supergroup)\b")]
    private static partial Regex GroupWords();

    [GeneratedRegex(@"\b(album|song|single|ep|film|movie|novel|book|tv series|television series|episode|video game|soundtrack|mixtape|play|musical)\b")]
    private static partial Regex WorkWords();

    // "1996 studio album by Tool", "song by Heart", "2003 film": an article about a work, not its maker.
    [GeneratedRegex(@"^(\d{4}\s+)?(\w+\s+){0,3}(album|song|single|ep|film|novel|soundtrack|mixtape|compilation|television series|video game)\b")]
    private static partial Regex WorkDescription();

    [GeneratedRegex(@"\b(band|bandleader|boy band|musician|multi instrumentalist|singer|rapper|songwriter|singer songwriter|composer|dj|disc jockey|record producer|music producer|orchestra|ensemble|choir|duo|trio|quartet|quintet|vocalist|guitarist|pianist|drummer|bassist|violinist|cellist|saxophonist|trumpeter|organist|keyboardist|percussionist|conductor|lyricist|turntablist|beatmaker|mc|supergroup|girl group|(musical|music|vocal|pop|rock|punk|metal|jazz|folk|hip hop|soul|funk|reggae|country|electronic|dance|indie|idol|rap|techno|house|noise|experimental|ambient) (group|act|project|collective|outfit|artist|duo))\b")]
    private static partial Regex ArtistWords();
}
