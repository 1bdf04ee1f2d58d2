using CollectionSite.Pipeline;

namespace CollectionSite.Hosting;

/// <summary>
/// The <see cref="IRunReporter"/> stages receive: it forwards to the reporter of the run in progress, so one container
/// serves many runs (one after another, from the CLI or a test) and each run reports to its own console, page or recorder.
/// Between runs, reports go nowhere.
/// </summary>
public sealed class RunReporterRelay : IRunReporter
{
    private IRunReporter current = SilentReporter.Instance;

    /// <summary>Routes reports to <paramref name="reporter"/> until the returned scope is disposed.</summary>
    public IDisposable Use(IRunReporter reporter)
    {
        var previous = Interlocked.Exchange(ref current, reporter);
        return new Scope(() => Interlocked.Exchange(ref current, previous));
    }

    public void StageStarting(string stage, DataSource? source) => current.StageStarting(stage, source);

    public void StageStarted(string stage, int totalItems) => current.StageStarted(stage, totalItems);

    public void ItemsQueued(string stage, int moreItems) => current.ItemsQueued(stage, moreItems);

    public void ItemFinished(string stage, bool failed) => current.ItemFinished(stage, failed);

    public void StageFinished(StageResult result) => current.StageFinished(result);

    public void Info(string message) => current.Info(message);

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }

    private sealed class SilentReporter : IRunReporter
    {
        public static readonly SilentReporter Instance = new();

        public void StageStarted(string stage, int totalItems)
        {
        }

        public void ItemsQueued(string stage, int moreItems)
        {
        }

        public void ItemFinished(string stage, bool failed)
        {
        }

        public void StageFinished(StageResult result)
        {
        }

        public void Info(string message)
        {
        }
    }
}
