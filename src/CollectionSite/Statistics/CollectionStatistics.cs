namespace CollectionSite.Statistics;

/// <summary>
/// The collection's numbers, computed once by <see cref="StatisticsCalculator"/> and shown alike by the `stats`
/// command and the site's /stats/ page. What counts:
/// <list type="bullet">
/// <item>a <b>copy</b> is one owned collection item (Discogs instance); owning a release twice is two copies;</item>
/// <item>a <b>release</b> is one published release: details fetched, or else the listing's basic_information
/// (then it is <i>partial</i>); copies of a merged release count under the release Discogs answered with;</item>
/// <item>every breakdown (genre, style, format, decade, label, country, artist) counts <b>releases</b>, each release
/// at most once per name, so the numbers equal the album counts of the site's term pages;</item>
/// <item>additions per month and growth count <b>copies</b> by their date added (UTC month).</item>
/// </list>
/// </summary>
/// <param name="Totals">The headline counts.</param>
/// <param name="Genres">Release and master genres.</param>
/// <param name="Styles">Release and master styles.</param>
/// <param name="Formats">Format names ("Vinyl", "CD").</param>
/// <param name="Decades">"1970s", from the original year (the master's) where known, else the release year; in time order, never cut.</param>
/// <param name="Labels">Labels by Discogs label id (names without " (n)").</param>
/// <param name="Countries">The release's country; partial releases have none (they count as unknown).</param>
/// <param name="Artists">Main artists by Discogs artist id, "Various" left out: the top artists.</param>
/// <param name="Months">Every month from the first addition to the last, with the copies added and the running total.</param>
public sealed record CollectionStatistics(
    StatisticsTotals Totals,
    Breakdown Genres,
    Breakdown Styles,
    Breakdown Formats,
    Breakdown Decades,
    Breakdown Labels,
    Breakdown Countries,
    Breakdown Artists,
    IReadOnlyList<MonthCount> Months);

/// <param name="Copies">Owned copies, pending ones included.</param>
/// <param name="Releases">Published releases (complete plus partial).</param>
/// <param name="Artists">Distinct main artists of those releases, "Various" left out.</param>
/// <param name="Labels">Distinct labels of those releases.</param>
/// <param name="PartialReleases">Releases counted from the listing's summary because their details are not fetched yet.</param>
/// <param name="PendingCopies">Copies whose release has neither details nor a stored listing summary: counted in
/// <paramref name="Copies"/> and the months only.</param>
public sealed record StatisticsTotals(int Copies, int Releases, int Artists, int Labels, int PartialReleases, int PendingCopies);

/// <summary>The releases per name of one dimension.</summary>
/// <param name="Top">The largest counts first (ties by name), at most the requested number; decades: all, in time order.</param>
/// <param name="Distinct">How many names there are in all (more than <paramref name="Top"/> holds when it was cut).</param>
/// <param name="Unknown">Releases with no value for this dimension (no year, no country...).</param>
public sealed record Breakdown(IReadOnlyList<TermCount> Top, int Distinct, int Unknown);

/// <param name="Name">The display name ("Rock", "1970s", "Blue Note").</param>
/// <param name="Releases">Releases with that name.</param>
public sealed record TermCount(string Name, int Releases);

/// <param name="Month">"YYYY-MM", UTC.</param>
/// <param name="Added">Copies added in that month.</param>
/// <param name="Total">Copies owned at the end of that month (the running sum of <paramref name="Added"/>).</param>
public sealed record MonthCount(string Month, int Added, int Total);
