namespace CollectionSite.Pipeline;

/// <summary>What a stage did: counts, not exceptions. <see cref="Note"/> is one line for the summary.</summary>
public sealed record StageResult(string Stage, int Processed, int Skipped, int Failed, string? Note = null)
{
    public static StageResult Nothing(string stage, string? note = null) => new(stage, 0, 0, 0, note);
}
