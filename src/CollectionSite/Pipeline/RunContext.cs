using CollectionSite.Clients.Http;
using CollectionSite.Configuration;

namespace CollectionSite.Pipeline;

/// <summary>Facts about the current run that every stage may read.</summary>
/// <param name="RunId">The runs table row of this run.</param>
/// <param name="Command">The command that started the run (harvest, build).</param>
/// <param name="Options">The run's switches.</param>
/// <param name="StartedUtc">When the run started.</param>
/// <param name="RefreshAfter">Per source, the pending --refresh time (see <see cref="SourceRefresh"/>); null: none.</param>
/// <param name="MaxAttempts">Failed runs in a row after which an item is dead-lettered (Retry:MaxAttempts).</param>
public sealed record RunContext(
    long RunId,
    string Command,
    RunOptions Options,
    DateTimeOffset StartedUtc,
    IReadOnlyDictionary<DataSource, DateTimeOffset>? RefreshAfter = null,
    int MaxAttempts = RetrySettings.DefaultMaxAttempts)
{
    /// <summary>Which stages of the current concurrent step are still running, for stages that follow one of them.</summary>
    public StageFeed Feed { get; init; } = new();

    /// <summary>The run's time budget: stages start no item once it has passed (the HTTP layer refuses requests too);
    /// null: no budget.</summary>
    public RequestDeadline? Deadline { get; init; }

    /// <summary>Whether the time budget is spent: start no more remote work.</summary>
    public bool OutOfTime => Deadline?.HasPassed == true;

    /// <summary>Data of <paramref name="source"/> stored before this time is stale; null when nothing is stale.</summary>
    public DateTimeOffset? StaleBefore(DataSource? source)
    {
        if (source is { } known && RefreshAfter is not null && RefreshAfter.TryGetValue(known, out var after))
        {
            return after;
        }

        return null;
    }
}
