namespace CollectionSite.Storage.Status;

/// <summary>
/// One per-item stage as <see cref="StatusQuery"/> counts it. Storage knows no stages, so the composition (Hosting)
/// describes each one from the pipeline definitions and the settings.
/// </summary>
/// <param name="Key">The stage_progress key, e.g. "discogs.release".</param>
/// <param name="Name">For people, e.g. "Fetch release details".</param>
/// <param name="Source">The source's display name ("Discogs", "Apple Music", ...): stages of one source share its rate limit.</param>
/// <param name="ItemKind"><see cref="ItemKinds.Release"/> (the collection's releases) or <see cref="ItemKinds.Artist"/>
/// (the main artists of fetched releases that have an artist page).</param>
/// <param name="RequiresStage">The stage key this one follows: its items that stage gave up on (not found, dead letter)
/// are never worked on, so they are not counted; null for none.</param>
/// <param name="MatchSource">The <see cref="EnrichmentSources"/> name of a matching stage (matched, no-match and skipped
/// counts from enrichment_matches); null for other stages.</param>
/// <param name="NotConfigured">Why the stage does not run (the keys to set); null when it runs.</param>
/// <param name="Step">The build step the stage runs in: stages of one step run at the same time, steps one after another.</param>
/// <param name="RequestsPerItem">Typical remote requests one due item costs (an assumption stated where the plan is made).</param>
public sealed record StatusStage(
    string Key,
    string Name,
    string Source,
    string ItemKind,
    string? RequiresStage,
    string? MatchSource,
    string? NotConfigured,
    int Step,
    double RequestsPerItem);

/// <summary>What <see cref="StatusQuery"/> needs to know about the pipeline: its per-item stages and the sources' rate limits.</summary>
/// <param name="Stages">The per-item stages in pipeline order.</param>
/// <param name="RequestsPerMinute">Each source's configured request budget per minute, by display name.</param>
/// <param name="ListingSource">The source whose budget the collection listing spends ("Discogs").</param>
/// <param name="ListingPageSize">Copies per listing page (Discogs' maximum per_page, 100).</param>
/// <param name="FullListingDays">Discogs:FullListingDays: days between full listings (0: every run).</param>
public sealed record StatusPlan(
    IReadOnlyList<StatusStage> Stages, IReadOnlyDictionary<string, double> RequestsPerMinute, string ListingSource, int ListingPageSize, int FullListingDays = 7);
