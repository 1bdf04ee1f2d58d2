namespace CollectionSite.Pipeline;

/// <summary>
/// The request rate each data source permits (its client's budget: Discogs 60 per minute = 1/s by default), for
/// planning how long the remaining items of a stage will take. A source without an entry (the offline demo, a test's
/// in-memory fake, a source that is off) has no planned rate: only the observed rate is used for it.
/// </summary>
public sealed class SourceRates(IReadOnlyDictionary<DataSource, double> requestsPerSecond)
{
    /// <summary>No source has a planned rate.</summary>
    public static SourceRates None { get; } = new(new Dictionary<DataSource, double>());

    /// <summary>Requests per second <paramref name="source"/> permits, or null when unknown or for no source.</summary>
    public double? For(DataSource? source) => source is { } known && requestsPerSecond.TryGetValue(known, out var rate) ? rate : null;
}
