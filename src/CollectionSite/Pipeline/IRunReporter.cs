namespace CollectionSite.Pipeline;

/// <summary>Where stages report progress. The console implementation lives in Cli; tests use a recording fake.</summary>
public interface IRunReporter
{
    /// <summary>The runner is about to run <paramref name="stage"/>, which asks <paramref name="source"/> (null: no remote
    /// source), before the stage itself reports <see cref="StageStarted"/>. Reporters that plan an ETA from the source's
    /// permitted rate use it; others can ignore it.</summary>
    void StageStarting(string stage, DataSource? source)
    {
    }

    void StageStarted(string stage, int totalItems);

    /// <summary>A stage that follows another one found <paramref name="moreItems"/> more to do (its total grows).
    /// Reporters that show no totals can ignore it.</summary>
    void ItemsQueued(string stage, int moreItems)
    {
    }

    void ItemFinished(string stage, bool failed);

    void StageFinished(StageResult result);

    /// <summary>A line for the person running the tool (not a log line).</summary>
    void Info(string message);
}
