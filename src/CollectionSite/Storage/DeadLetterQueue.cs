namespace CollectionSite.Storage;

/// <summary>
/// The dead letters (items set aside after Retry:MaxAttempts failed runs in a row) and bringing them back, as `retry`
/// and the admin UI's retry button both do: the next run tries each again with the full number of attempts.
/// </summary>
public sealed class DeadLetterQueue(StageProgressRepository progress, DiscogsIdRepository ids)
{
    /// <summary>The dead letters of <paramref name="stage"/> (null: every stage) and of <paramref name="releaseId"/> (null: every
    /// item; a release is found by the id the collection lists or the one its page shows), most failed runs first.</summary>
    public async Task<IReadOnlyList<StageFailure>> FindAsync(string? stage, long? releaseId, CancellationToken cancellationToken)
    {
        var deadLetters = (await progress.GetFailuresAsync(cancellationToken)).Where(f => f.Status == ItemStatus.DeadLetter);
        // A merged release's page shows the id Discogs answered with; the collection (and its progress) the one it lists.
        var answered = await ids.GetAnsweredAsync(DiscogsIdRepository.Release, cancellationToken);
        return deadLetters
            .Where(f => stage is null || f.Stage == stage)
            .Where(f => releaseId is null || (f.ItemKind == ItemKinds.Release && (f.ItemId == releaseId || answered.GetValueOrDefault(f.ItemId) == releaseId)))
            .ToList();
    }

    /// <summary>Brings exactly <paramref name="items"/> back; returns how many were (one already brought back counts 0).</summary>
    public async Task<int> RequeueAsync(IEnumerable<StageFailure> items, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var item in items)
        {
            count += await progress.RequeueAsync(item.Stage, item.ItemId, item.ItemKind, cancellationToken);
        }

        return count;
    }
}
