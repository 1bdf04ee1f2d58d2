using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace CollectionSite.Configuration;

/// <summary>Builds the configuration tree in precedence order and turns file problems into one-line messages.</summary>
public static class ConfigurationLoader
{
    public static IConfigurationRoot Build(ConfigurationSources sources, IReadOnlyDictionary<string, string?>? environment = null) =>
        Build(sources, environment, withFiles: true);

    /// <summary>
    /// The tree without the settings and secrets files (defaults, environment, command line), for `doctor` when a file
    /// cannot be read: it reports the file and still checks everything else with what it has.
    /// </summary>
    public static IConfigurationRoot BuildWithoutFiles(ConfigurationSources sources) => Build(sources, null, withFiles: false);

    private static IConfigurationRoot Build(ConfigurationSources sources, IReadOnlyDictionary<string, string?>? environment, bool withFiles)
    {
        // Defaults are the sections' own property initialisers, applied when a key is absent.
        var builder = new ConfigurationBuilder();
        if (withFiles)
        {
            AddJsonFile(builder, sources.SettingsFile, sources.SettingsFileExplicit, "--config", "collectionsite.example.json");
            AddJsonFile(builder, sources.SecretsFile, sources.SecretsFileExplicit, "--secrets", "secrets.example.json");
        }

        if (environment is null)
        {
            builder.AddEnvironmentVariables(ConfigurationSources.EnvironmentPrefix);
        }
        else
        {
            builder.AddInMemoryCollection(FromEnvironment(environment));
        }

        builder.AddInMemoryCollection(sources.CommandLineOverrides);
        return builder.Build();
    }

    /// <param name="example">The example file in the repository that shows this file's shape.</param>
    private static void AddJsonFile(IConfigurationBuilder builder, string path, bool isExplicit, string option, string example)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            if (isExplicit)
            {
                throw new ConfigurationException($"Configuration file '{path}' given with {option} does not exist. Check the path.");
            }

            return;
        }

        // Validate first so a syntax error is reported with its line, not as a provider stack trace.
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException($"{path}: the file must hold one JSON object ({{ ... }}). Fix the file or point {option} elsewhere.");
            }
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : string.Empty;
            throw new ConfigurationException($"{path}: malformed JSON{where}. Fix the file (see {example}) or point {option} elsewhere.", ex);
        }

        builder.AddJsonFile(fullPath, optional: false, reloadOnChange: false);
    }

    private static Dictionary<string, string?> FromEnvironment(IReadOnlyDictionary<string, string?> environment) =>
        environment
            .Where(pair => pair.Key.StartsWith(ConfigurationSources.EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(
                pair => pair.Key[ConfigurationSources.EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal),
                pair => pair.Value,
                StringComparer.OrdinalIgnoreCase);
}
