using CollectionSite.Clients.Wikidata.Models;
using CollectionSite.Clients.Wikipedia.Models;
using Refit;

namespace CollectionSite.Clients.Wikidata;

/// <summary>The Wikidata Action API endpoints as Refit declares them. Paths are relative to <c>Wikidata:BaseUrl</c>.</summary>
internal interface IWikidataWireApi
{
    /// <summary>Items with a statement: <paramref name="srsearch"/> is "haswbstatement:P1953=29735". Item titles are their ids ("Q45188").</summary>
    [Get("/w/api.php?action=query&list=search&srnamespace=0&format=json&formatversion=2")]
    Task<IApiResponse<ActionSearchDto>> SearchAsync(string srsearch, int srlimit, CancellationToken cancellationToken);

    /// <summary>One item's statements and its English Wikipedia sitelink.</summary>
    [Get("/w/api.php?action=wbgetentities&props=claims%7Csitelinks&sitefilter=enwiki&format=json&formatversion=2")]
    Task<IApiResponse<EntitiesDto>> GetEntityAsync(string ids, CancellationToken cancellationToken);
}
