namespace CollectionSite.Pipeline;

/// <summary>Where stages report progress. The console implementation lives in Cli; tests use a recording fake.</summary>
public interface IRunReporter
{
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
