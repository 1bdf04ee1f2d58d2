namespace CollectionSite.Pipeline;

/// <summary>Facts about the current run that every stage may read.</summary>
/// <param name="RunId">The runs table row of this run.</param>
/// <param name="Command">The command that started the run (harvest, build).</param>
/// <param name="Options">The run's switches.</param>
/// <param name="StartedUtc">When the run started.</param>
/// <param name="DiscogsStaleBefore">Cached Discogs data fetched before this time is re-fetched (a pending --refresh).</param>
public sealed record RunContext(long RunId, string Command, RunOptions Options, DateTimeOffset StartedUtc, DateTimeOffset? DiscogsStaleBefore);
