using CollectionSite.Domain;
using CollectionSite.Storage;

namespace CollectionSite.Statistics;

/// <summary>One published release as the statistics see it.</summary>
/// <param name="Release">The fetched details, or the release as the listing's basic_information describes it.</param>
/// <param name="Master">Its master when fetched (original year, master genres and styles); null otherwise.</param>
/// <param name="Partial">True when <paramref name="Release"/> comes from the listing because details are missing.</param>
public sealed record StatisticsRelease(Release Release, Master? Master, bool Partial);

/// <summary>What <see cref="StatisticsCalculator"/> counts: the releases, every owned copy, and the cached artists (their names and merged ids).</summary>
public sealed record StatisticsInput(
    IReadOnlyList<StatisticsRelease> Releases,
    IReadOnlyList<OwnedCopy> Copies,
    IReadOnlyDictionary<long, CachedEntry<Artist>> Artists);
