using CollectionSite.Clients.Discogs;
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

    public async Task<CompleteListing> ListAsync(string username, CancellationToken cancellationToken)
    {
        var requests = 0;
        string problem = "no listing was attempted";
        for (var attempt = 1; attempt <= MaxListingAttempts; attempt++)
        {
            var first = await discogs.GetCollectionPageAsync(username, 1, DiscogsClient.MaxPerPage, cancellationToken);
            requests++;
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
