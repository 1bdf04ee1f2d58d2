using CollectionSite.Pipeline;

namespace CollectionSite.Cli;

/// <summary>Where one stage stands: counts, rate and ETA at one moment.</summary>
/// <param name="ItemsPerSecond">Observed since the stage started; null before its first item.</param>
/// <param name="Eta">See <see cref="EtaEstimate"/>; null when unknown or once the stage has ended.</param>
public readonly record struct StageView(string Stage, int Done, int Total, int Failed, double? ItemsPerSecond, TimeSpan? Eta, bool Ended);

/// <summary>
/// The progress of every stage of a run, shared by the live view and the plain lines: what each stage reported, when
/// it started, and its ETA from <see cref="EtaEstimate"/> (the planned part summed over the running stages that ask
/// the same source). Thread-safe: the lanes of a concurrent step report at the same time, and the live view reads
/// from its own refresh thread.
/// </summary>
public sealed class ProgressBoard(TimeProvider time, SourceRates rates)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> stages = new(StringComparer.Ordinal);

    public TimeProvider Time => time;

    /// <summary>Notes which source <paramref name="stage"/> asks, before it lists its items.</summary>
    public void Starting(string stage, DataSource? source)
    {
        lock (gate)
        {
            EntryOf(stage).Source = source;
        }
    }

    /// <summary>The stage listed <paramref name="totalItems"/> items and starts working on them; its clock starts now.</summary>
    public void Started(string stage, int totalItems)
    {
        lock (gate)
        {
            var entry = EntryOf(stage);
            (entry.Total, entry.Done, entry.Failed, entry.Ended, entry.StartedAt) = (totalItems, 0, 0, false, time.GetUtcNow());
        }
    }

    public void Queued(string stage, int moreItems)
    {
        lock (gate)
        {
            EntryOf(stage).Total += moreItems;
        }
    }

    public StageView ItemFinished(string stage, bool failed)
    {
        lock (gate)
        {
            var entry = EntryOf(stage);
            entry.Done++;
            entry.Failed += failed ? 1 : 0;
            return ViewOf(stage, entry);
        }
    }

    /// <summary>The stage ended with <paramref name="result"/>: stages that report no single items (the listing, the
    /// renderer) show their result's counts as done.</summary>
    public void Ended(StageResult result)
    {
        lock (gate)
        {
            var entry = EntryOf(result.Stage);
            entry.Ended = true;
            entry.EndedAt = time.GetUtcNow();
            entry.Done = Math.Max(entry.Done, result.Processed + result.Skipped + result.Failed);
            entry.Total = Math.Max(entry.Total, entry.Done);
        }
    }

    /// <summary>The stage as it stands now (an unknown stage reads as nothing done of nothing).</summary>
    public StageView View(string stage)
    {
        lock (gate)
        {
            return ViewOf(stage, EntryOf(stage));
        }
    }

    private StageView ViewOf(string stage, Entry entry)
    {
        // A stage that has ended keeps the rate it ended with.
        var elapsed = (entry.Ended ? entry.EndedAt : time.GetUtcNow()) - entry.StartedAt;
        var remaining = Math.Max(0, entry.Total - entry.Done);
        TimeSpan? eta = null;
        if (!entry.Ended)
        {
            var rate = rates.For(entry.Source);
            var ahead = rate is null ? remaining : stages.Values.Where(other => !other.Ended && other.Source == entry.Source).Sum(other => Math.Max(0, other.Total - other.Done));
            eta = EtaEstimate.Combine(EtaEstimate.Planned(ahead, rate), EtaEstimate.Observed(remaining, entry.Done, elapsed));
        }

        return new StageView(stage, entry.Done, entry.Total, entry.Failed, EtaEstimate.ObservedRate(entry.Done, elapsed), eta, entry.Ended);
    }

    private Entry EntryOf(string stage)
    {
        if (!stages.TryGetValue(stage, out var entry))
        {
            entry = new Entry { StartedAt = time.GetUtcNow() };
            stages[stage] = entry;
        }

        return entry;
    }

    private sealed class Entry
    {
        public DataSource? Source { get; set; }

        public int Total { get; set; }

        public int Done { get; set; }

        public int Failed { get; set; }

        public bool Ended { get; set; }

        public DateTimeOffset StartedAt { get; set; }

        public DateTimeOffset EndedAt { get; set; }
    }
}
