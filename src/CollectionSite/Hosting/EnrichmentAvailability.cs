using CollectionSite.Storage;

namespace CollectionSite.Hosting;

/// <summary>Which matching sources are on in this composition and, for each one that is off, the line naming the keys to
/// set. Built by <see cref="CollectionSiteServices.AddEnrichment"/>; `match show` prints it for a source that is off.</summary>
public sealed class EnrichmentAvailability(IReadOnlyDictionary<string, string?> notConfigured)
{
    /// <summary>Why <paramref name="source"/> (an <see cref="EnrichmentSources"/> name) is off; null when it is on.</summary>
    public string? NotConfigured(string source) => notConfigured.GetValueOrDefault(source);
}
