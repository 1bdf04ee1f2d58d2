using CollectionSite.Domain;
using CollectionSite.Pipeline;
using CollectionSite.Storage;

namespace CollectionSite.Stages.Artwork;

/// <summary>What one run of an artwork stage knows and counts; items run in parallel, so counts are interlocked.</summary>
public abstract partial class ArtworkStage
{
    /// <summary>What one item's processing changed: its image (stored or removed), whether it downloaded, how many files it encoded.</summary>
    private sealed record ItemChange(bool Changed, bool Downloaded, int Encoded)
    {
        public static ItemChange Unchanged { get; } = new(false, false, 0);

        public static ItemChange Removed { get; } = new(true, false, 0);
    }

    private sealed class StageRun(
        RunContext context,
        IReadOnlyDictionary<long, ItemProgress> known,
        IReadOnlyDictionary<(string Kind, long Id), ItemArtwork> stored,
        DateTimeOffset? staleBefore)
    {
        private readonly Lock gate = new();
        private int changed;
        private int unchanged;
        private int failed;
        private int downloaded;
        private int encoded;
        private int left;

        public RunContext Context => context;

        public IReadOnlyDictionary<long, ItemProgress> Known => known;

        public IReadOnlyDictionary<(string Kind, long Id), ItemArtwork> Stored => stored;

        public DateTimeOffset? StaleBefore => staleBefore;

        public StageStop? Stopped { get; private set; }

        public void Count(ItemChange change)
        {
            Interlocked.Increment(ref change.Changed ? ref changed : ref unchanged);
            Interlocked.Add(ref downloaded, change.Downloaded ? 1 : 0);
            Interlocked.Add(ref encoded, change.Encoded);
        }

        public void CountFailure() => Interlocked.Increment(ref failed);

        /// <summary>An item not started (or refused by the HTTP layer) because the time budget is spent.</summary>
        public void CountLeft() => Interlocked.Increment(ref left);

        public void Stop(StageStop stop)
        {
            lock (gate)
            {
                Stopped ??= stop;
            }
        }

        public StageResult Result(string stage)
        {
            if (Stopped is { } stop)
            {
                return StageResult.StoppedEarly(stage, changed, failed, stop);
            }

            var note = $"{downloaded} downloaded, {encoded} files encoded";
            return left == 0
                ? new StageResult(stage, changed, unchanged, failed, note)
                : new StageResult(stage, changed, unchanged, failed, $"{note}; time budget reached: {left} left for the next run") { Left = left };
        }
    }
}
