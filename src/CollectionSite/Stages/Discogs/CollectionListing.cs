using CollectionSite.Clients.Discogs;
using CollectionSite.Clients.Http;
using CollectionSite.Domain;
using Microsoft.Extensions.Logging;

namespace CollectionSite.Stages.Discogs;

/// <summary>A listing that is known to be complete: as many distinct copies as the server said it has.</summary>
public sealed record CompleteListing(IReadOnlyList<CollectionItem> Items, int Requests);

/// <summary>
/// Pages through the whole collection and accepts the result only when it is coherent: the number of
/// distinct copies received equals pagination.items and the totals did not move while paging.
/// A short or empty page is never taken as the end. A total that changes mid-listing restarts it.
/// </summary>
public sealed class CollectionListing(IDiscogsApi discogs, ILogger<CollectionListing> logger)
{
    public const int MaxListingAttempts = 3;
    private const int PageRereads = 2;

    public Task<CompleteListing> ListAsync(string username, CancellationToken cancellationToken) => ListAsync(username, null, null, cancellationToken);

    /// <summary>Page 1 (newest additions first, 100 a page), as the quick no-op check reads it.</summary>
    /// <exception cref="TimeBudgetExhaustedException">The run's time budget is spent.</exception>
    public Task<CollectionPage> FirstPageAsync(string username, RequestDeadline? deadline, CancellationToken cancellationToken)
    {
        deadline?.ThrowIfPassed(DiscogsSource.ServiceName);
        return discogs.GetCollectionPageAsync(username, 1, DiscogsClient.MaxPerPage, cancellationToken);
    }

    /// <param name="firstPage">Page 1 already read (by the quick check), used by the first attempt instead of reading it again.</param>
    /// <param name="deadline">No page is requested once it has passed (<see cref="TimeBudgetExhaustedException"/>); the
    /// listing is then incomplete and the caller changes nothing.</param>
    public async Task<CompleteListing> ListAsync(string username, CollectionPage? firstPage, RequestDeadline? deadline, CancellationToken cancellationToken)
    {
        var requests = 0;
        string problem = "no listing was attempted";
        for (var attempt = 1; attempt <= MaxListingAttempts; attempt++)
        {
            CollectionPage first;
            if (attempt == 1 && firstPage is not null)
            {
                first = firstPage;
            }
            else
            {
                first = await FirstPageAsync(username, deadline, cancellationToken);
                requests++;
            }

            var total = first.TotalItems;
            var pages = first.Pages;
            // The server decides the page size (it may serve fewer than the 100 asked for).
            var perPage = first.PerPage > 0 ? first.PerPage : DiscogsClient.MaxPerPage;
            var byInstance = new Dictionary<long, CollectionItem>();
            Add(byInstance, first);
            var moved = false;

            for (var page = 2; page <= pages && !moved; page++)
            {
                var expected = Math.Min(perPage, total - ((page - 1) * perPage));
                for (var read = 0; read <= PageRereads; read++)
                {
                    CollectionPage current;
                    deadline?.ThrowIfPassed(DiscogsSource.ServiceName);
                    try
                    {
                        current = await discogs.GetCollectionPageAsync(username, page, DiscogsClient.MaxPerPage, cancellationToken);
                    }
                    catch (CollectionPageMissingException)
                    {
                        requests++;
                        problem = $"page {page} disappeared (the collection shrank while listing)";
                        moved = true;
                        break;
                    }

                    requests++;
                    if (current.TotalItems != total || current.Pages != pages)
                    {
                        problem = $"the collection changed while listing (total {total} became {current.TotalItems})";
                        moved = true;
                        break;
                    }

                    Add(byInstance, current);
                    if (current.Items.Count >= expected)
                    {
                        break;
                    }

                    problem = $"page {page} held {current.Items.Count} of {expected} expected items";
                    logger.LogWarning("Collection page {Page} was short ({Count} of {Expected}); reading it again", page, current.Items.Count, expected);
                }
            }

            if (!moved && byInstance.Count == total)
            {
                return new CompleteListing(byInstance.Values.OrderByDescending(i => i.DateAdded).ThenBy(i => i.InstanceId).ToList(), requests);
            }

            if (!moved)
            {
                problem = $"received {byInstance.Count} distinct items but Discogs reported {total}";
            }

            logger.LogWarning("Collection listing attempt {Attempt} was incomplete: {Problem}; listing again", attempt, problem);
        }

        throw new IncompleteListingException(
            $"The Discogs collection listing stayed incomplete after {MaxListingAttempts} attempts ({problem}). Nothing was added or removed; run again later.");
    }

    private static void Add(Dictionary<long, CollectionItem> byInstance, CollectionPage page)
    {
        foreach (var item in page.Items)
        {
            byInstance[item.InstanceId] = item;
        }
    }
}

/// <summary>The listing never became coherent; the caller must not change the stored collection.</summary>
public sealed class IncompleteListingException : Exception
{
    public IncompleteListingException()
    {
    }

    public IncompleteListingException(string message)
        : base(message)
    {
    }

    public IncompleteListingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
