using CollectionSite.Clients.Wikipedia.Models;
using Refit;

namespace CollectionSite.Clients.Wikipedia;

/// <summary>The Wikipedia endpoints as Refit declares them (wire models; <see cref="WikipediaClient"/> maps them). Paths are relative to <c>Wikipedia:BaseUrl</c>.</summary>
internal interface IWikipediaWireApi
{
    /// <summary>The summary is stored as received, so it comes back as the body text. Refit percent-encodes the title
    /// (a "/" as %2F, as the REST API requires); spaces must already be underscores.</summary>
    [Get("/api/rest_v1/page/summary/{title}")]
    Task<IApiResponse<string>> GetSummaryAsync(string title, CancellationToken cancellationToken);

    /// <summary>Full-text search over articles; formatversion=2 with utf8=1 sends titles unescaped.</summary>
    [Get("/w/api.php?action=query&list=search&srnamespace=0&format=json&formatversion=2&utf8=1")]
    Task<IApiResponse<ActionSearchDto>> SearchAsync(string srsearch, int srlimit, CancellationToken cancellationToken);
}
