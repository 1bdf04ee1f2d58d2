namespace CollectionSite.Pipeline;

/// <summary>
/// One line of a pipeline: a single stage, or lanes that run at the same time (each lane's stages in order). A stage
/// in a concurrent step that follows another one (<see cref="ItemStage"/>'s required stage) takes each item as soon
/// as that stage has stored it, so a cold build costs about the slowest source's rate-limit floor, not the sum.
/// </summary>
/// <param name="Lanes">Stage types; at least one lane of at least one stage.</param>
public sealed record PipelineStep(IReadOnlyList<IReadOnlyList<Type>> Lanes)
{
    /// <summary>Every stage type of the step, lane by lane (the order results are reported in).</summary>
    public IEnumerable<Type> Stages => Lanes.SelectMany(lane => lane);

    /// <summary>A step of one stage.</summary>
    public static PipelineStep Of(Type stage) => new([[stage]]);

    /// <summary>A step whose lanes run concurrently; each lane runs its stages in order.</summary>
    public static PipelineStep Together(params IReadOnlyList<Type>[] lanes) => new(lanes);

    /// <summary>A stage type is a step of one stage, so a pipeline reads as a plain list where nothing runs concurrently.</summary>
    public static implicit operator PipelineStep(Type stage) => Of(stage);
}

/// <summary>A <see cref="PipelineStep"/> with its stages resolved: what <see cref="PipelineRunner"/> runs.</summary>
/// <param name="Lanes">Lanes run at the same time; each lane's stages in order.</param>
public sealed record StageLanes(IReadOnlyList<IReadOnlyList<IPipelineStage>> Lanes);
