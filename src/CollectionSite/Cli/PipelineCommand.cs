using CollectionSite.Configuration;
using CollectionSite.Pipeline;

namespace CollectionSite.Cli;

/// <summary>What one invocation of a pipeline command asked for, after parsing.</summary>
/// <param name="Name">harvest or build.</param>
/// <param name="Stages">The ordered stage list from <see cref="PipelineDefinitions"/>.</param>
/// <param name="Sources">Configuration files and command-line overrides.</param>
/// <param name="Options">Run switches.</param>
/// <param name="Verbose">Console logging of every step.</param>
/// <param name="ReportsSite">Print where the site is and how to preview it.</param>
public sealed record PipelineCommand(
    string Name,
    IReadOnlyList<Type> Stages,
    ConfigurationSources Sources,
    RunOptions Options,
    bool Verbose,
    bool ReportsSite);
