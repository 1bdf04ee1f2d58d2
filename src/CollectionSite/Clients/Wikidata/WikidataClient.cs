using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CollectionSite.Clients.Http;
using CollectionSite.Clients.Wikidata.Models;
using CollectionSite.Clients.Wikipedia;
using CollectionSite.Domain.Enrichment;
using static CollectionSite.Clients.Wikidata.WikidataProperties;

namespace CollectionSite.Clients.Wikidata;

/// <summary>
/// Wikidata as a cross-reference: a <c>haswbstatement</c> search finds the item holding a Discogs id, then
/// <c>wbgetentities</c> reads its other catalogues' ids and its enwiki sitelink. Two requests per lookup, one when no
/// item has the id. Action API errors (status 200 with <c>{"error"}</c>) and unusable answers → <see cref="RemoteApiException"/>.
/// </summary>
internal sealed partial class WikidataClient(IWikidataWireApi api) : IWikidataApi
{
    public const string ServiceName = "Wikidata";

    private static readonly WikipediaSource Source = new(ServiceName);

    public Task<CrossReference> FindByDiscogsArtistAsync(long discogsArtistId, CancellationToken cancellationToken) =>
        FindAsync(DiscogsArtistId, discogsArtistId, AppleMusicArtistId, SpotifyArtistId, cancellationToken);

    public Task<CrossReference> FindByDiscogsMasterAsync(long discogsMasterId, CancellationToken cancellationToken) =>
        FindAsync(DiscogsMasterId, discogsMasterId, AppleMusicAlbumId, SpotifyAlbumId, cancellationToken);

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex ItemId();

    private async Task<CrossReference> FindAsync(string discogsProperty, long discogsId, string appleProperty, string spotifyProperty, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(discogsId);
        var search = $"haswbstatement:{discogsProperty}={discogsId}";
        var found = await ApiResponses.ContentOrNullAsync(api.SearchAsync(search, 1, cancellationToken), Source);
        ThrowIfError(found?.Error?.Code, found?.Error?.Info, "list=search");
        var itemId = (found?.Query?.Search ?? []).Select(hit => hit.Title).FirstOrDefault(title => title is not null && ItemId().IsMatch(title));
        if (itemId is null)
        {
            return CrossReference.None;
        }

        var entities = await ApiResponses.ContentOrNullAsync(api.GetEntityAsync(itemId, cancellationToken), Source);
        ThrowIfError(entities?.Error?.Code, entities?.Error?.Info, "wbgetentities");
        if (entities?.Entities?.GetValueOrDefault(itemId) is not { Missing: null } item)
        {
            // The search index lags behind deletions and merges; an item that is gone knows nothing.
            return CrossReference.None;
        }

        return new CrossReference(
            itemId,
            item.Sitelinks?.GetValueOrDefault(EnglishWikipedia)?.Title is { Length: > 0 } title ? title : null,
            Value(item, appleProperty),
            Value(item, spotifyProperty));
    }

    /// <summary>The best-ranked string value of <paramref name="property"/>: preferred before normal, deprecated never.</summary>
    private static string? Value(EntityDto item, string property) =>
        (item.Claims?.GetValueOrDefault(property) ?? [])
            .Where(statement => statement.Rank != "deprecated" && statement.MainSnak is { SnakType: "value" or null, DataValue.Value.ValueKind: JsonValueKind.String })
            .OrderBy(statement => statement.Rank == "preferred" ? 0 : 1)
            .Select(statement => statement.MainSnak!.DataValue!.Value.GetString())
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private static void ThrowIfError(string? code, string? info, string module)
    {
        if (code is not null)
        {
            throw Source.Failed($"GET /w/api.php ({module}) answered error {code}: {info}", HttpStatusCode.OK, "/w/api.php");
        }
    }
}
