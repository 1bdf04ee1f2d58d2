using System.Globalization;

namespace CollectionSite.Storage;

/// <summary>
/// SQL for "any id of the same Discogs record": the id given, the id Discogs answered it with, and every other id that
/// was answered the same way (a merged record). Enrichment rows are stored under the answered id, stage progress under
/// the collection's id; a collector may type either.
/// </summary>
internal static class ItemGroup
{
    /// <param name="itemKind"><see cref="ItemKinds.Release"/> or <see cref="ItemKinds.Artist"/> (written into the SQL).</param>
    /// <param name="column">The id column, e.g. "item_id".</param>
    /// <param name="parameter">The parameter holding the id typed or asked for, e.g. "$id".</param>
    public static string Contains(string itemKind, string column, string parameter)
    {
        var kind = DiscogsKind(itemKind);
        var resolved = DiscogsIdRepository.Resolved(kind, parameter);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{column} IN (SELECT {parameter} UNION SELECT {resolved} UNION SELECT g.asked_id FROM discogs_ids g WHERE g.kind = '{kind}' AND g.answered_id = {resolved})");
    }

    /// <summary>SQL for the id the record is stored under (the answered id, or the id itself).</summary>
    public static string Resolved(string itemKind, string parameter) => DiscogsIdRepository.Resolved(DiscogsKind(itemKind), parameter);

    private static string DiscogsKind(string itemKind) => itemKind switch
    {
        ItemKinds.Release => DiscogsIdRepository.Release,
        ItemKinds.Artist => DiscogsIdRepository.Artist,
        _ => throw new ArgumentOutOfRangeException(nameof(itemKind), itemKind, "Enrichment works on releases and artists."),
    };
}
