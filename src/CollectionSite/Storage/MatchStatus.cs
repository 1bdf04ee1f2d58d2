namespace CollectionSite.Storage;

/// <summary>
/// Where one release or artist stands with one enrichment source. This is the one place the status is defined; it is
/// derived from two rows, never stored as such:
/// <list type="bullet">
/// <item><see cref="Pending"/>: the source's stage has not decided since the item appeared, was brought back, or had
/// its override changed (no stage_progress row, or a done row without a decision). A previous decision, if any, still renders.</item>
/// <item><see cref="Matched"/>, <see cref="NoMatch"/>, <see cref="Skipped"/>: the stage finished the item
/// (stage_progress done) and stored this decision in enrichment_matches.</item>
/// <item><see cref="Failed"/>, <see cref="DeadLetter"/>: stage_progress says the last run(s) failed (tried again next run,
/// or set aside after Retry:MaxAttempts until `retry`). A previous decision, if any, still renders.</item>
/// </list>
/// A source that is not configured leaves every item pending (its stage reports that once per run).
/// </summary>
public enum MatchStatus
{
    Pending,
    Matched,
    NoMatch,
    Failed,
    Skipped,
    DeadLetter,
}

/// <summary>Derives <see cref="MatchStatus"/> and names it.</summary>
public static class MatchStatuses
{
    /// <param name="decided">The stored decision's state; null when the stage never stored one.</param>
    /// <param name="progress">The item's stage_progress status for the source's stage; null without a row.</param>
    public static MatchStatus Of(MatchState? decided, ItemStatus? progress) => (progress, decided) switch
    {
        (ItemStatus.Failed, _) => MatchStatus.Failed,
        (ItemStatus.DeadLetter, _) => MatchStatus.DeadLetter,
        (null, _) or (_, null) => MatchStatus.Pending,
        (_, MatchState.Matched) => MatchStatus.Matched,
        (_, MatchState.NoMatch) => MatchStatus.NoMatch,
        _ => MatchStatus.Skipped,
    };

    /// <summary>pending, matched, no-match, failed, skipped or dead-letter.</summary>
    public static string Name(MatchStatus status) => status switch
    {
        MatchStatus.Pending => "pending",
        MatchStatus.Matched => "matched",
        MatchStatus.NoMatch => "no-match",
        MatchStatus.Failed => "failed",
        MatchStatus.Skipped => "skipped",
        _ => "dead-letter",
    };
}
