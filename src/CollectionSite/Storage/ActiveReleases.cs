namespace CollectionSite.Storage;

/// <summary>
/// The one rule for "this copy's release is in the collection now": the copy is not removed and its release is not
/// skipped, under the id the collection lists or the id Discogs answered with (a merged release shows the answered
/// id, so a user may skip either). Every query that picks active releases uses it, so they cannot drift apart.
/// </summary>
internal static class ActiveReleases
{
    /// <summary>SQL condition over the collection_items row aliased <paramref name="copy"/>.</summary>
    public static string Owned(string copy) =>
        $"""
        {copy}.removed_utc IS NULL
        AND NOT EXISTS (SELECT 1 FROM skip_list s
                        WHERE s.release_id IN ({copy}.release_id, {DiscogsIdRepository.Resolved(DiscogsIdRepository.Release, copy + ".release_id")}))
        """;
}
