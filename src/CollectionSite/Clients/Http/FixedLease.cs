using System.Threading.RateLimiting;

namespace CollectionSite.Clients.Http;

/// <summary>A lease with nothing to release: our limiter counts grants in its log, not in leases.</summary>
internal sealed class FixedLease(bool acquired) : RateLimitLease
{
    public static readonly FixedLease Granted = new(true);
    public static readonly FixedLease Denied = new(false);

    public override bool IsAcquired => acquired;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
