using System.Text.Json.Serialization;
using CollectionSite.Storage.Status;

namespace CollectionSite.Cli;

/// <summary>
/// The commands' machine-readable output (`status --json`): source-generated, because the executable runs with
/// reflection-based JSON off. camelCase names, enums as text, indented for people who read it too.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(StatusReport))]
internal sealed partial class CliJson : JsonSerializerContext;
