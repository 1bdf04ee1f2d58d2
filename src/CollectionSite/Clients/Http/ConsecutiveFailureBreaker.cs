namespace CollectionSite.Clients.Http;

/// <summary>
/// Opens after <c>threshold</c> failed attempts in a row and then fails every call at once. Polly's breaker
/// is ratio-based over a sampling window, where a listing's successful pages keep the ratio under 100% for
/// minutes while every release fails; "N failures in a row" is what "the service is down" means here.
/// The run stops when it opens, so it never closes again within a process.
/// </summary>
public sealed class ConsecutiveFailureBreaker(int threshold)
{
    private int consecutiveFailures;

    public bool IsOpen => Volatile.Read(ref consecutiveFailures) >= threshold;

    public int Threshold => threshold;

    public void RecordSuccess()
    {
        if (!IsOpen)
        {
            Interlocked.Exchange(ref consecutiveFailures, 0);
        }
    }

    public void RecordFailure() => Interlocked.Increment(ref consecutiveFailures);
}
