using CollectionSite.Clients.Wikipedia;
using CollectionSite.Domain.Enrichment;

namespace CollectionSite.Tests.Matching.Fakes;

/// <summary>
/// English Wikipedia in memory: summaries by title (spaces or underscores; redirects followed, as the REST API does),
/// search returning its scripted titles. Calls are recorded.
/// </summary>
public sealed class InMemoryWikipediaApi : IWikipediaApi
{
    public Dictionary<string, WikipediaArticle> Pages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Redirects { get; } = new(StringComparer.Ordinal);

    public List<string> SearchResults { get; } = [];

    public List<string> Calls { get; } = [];

    public Exception? Failure { get; set; }

    public InMemoryWikipediaApi Add(WikipediaArticle article)
    {
        Pages[article.Title] = article;
        return this;
    }

    public Task<WikipediaArticle?> GetSummaryAsync(string title, CancellationToken cancellationToken)
    {
        Record($"summary:{title}");
        var key = title.Replace('_', ' ').Trim();
        key = Redirects.GetValueOrDefault(key) ?? key;
        return Task.FromResult(Pages.GetValueOrDefault(key));
    }

    public Task<IReadOnlyList<string>> SearchTitlesAsync(string query, int limit, CancellationToken cancellationToken)
    {
        Record($"search:{query}|{limit}");
        return Task.FromResult<IReadOnlyList<string>>([.. SearchResults.Take(limit)]);
    }

    private void Record(string call)
    {
        Calls.Add(call);
        if (Failure is not null)
        {
            throw Failure;
        }
    }
}
