using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// What the scripted test stages do: which source they read, whether the run needs them, which items fail,
/// and when the source starts rejecting every request (as a client does on a 401 or an open breaker).
/// </summary>
public sealed class ScriptedSource
{
    public DataSource Source { get; init; } = DataSource.AppleMusic;

    public StageRequirement Requirement { get; init; } = StageRequirement.Optional;

    /// <summary>Answers this many requests, then throws <see cref="Rejection"/> on every later one; null: never.</summary>
    public int? RejectAfter { get; set; }

    /// <summary>Thrown by every request after <see cref="RejectAfter"/>, and by <see cref="ThrowingStage"/> at once.</summary>
    public Exception Rejection { get; set; } = new InvalidOperationException("no rejection scripted");

    /// <summary>Item ids whose requests fail (a transient error the stage records), for as long as they are listed.</summary>
    public HashSet<long> FailingItems { get; } = [];

    /// <summary>Item ids whose answer cannot be stored: the stage returns a write that throws (e.g. a full disk).</summary>
    public HashSet<long> UnstorableItems { get; } = [];

    /// <summary>Every item id requested, in order, across runs.</summary>
    public List<long> Calls { get; } = [];

    /// <summary>One request for <paramref name="itemId"/>: answers, fails, or rejects as scripted.</summary>
    public void Request(long itemId)
    {
        Calls.Add(itemId);
        if (RejectAfter is { } answered && Calls.Count > answered)
        {
            throw Rejection;
        }

        if (FailingItems.Contains(itemId))
        {
            throw new HttpRequestException($"GET /items/{itemId} answered 503 Service Unavailable");
        }
    }
}
