using CollectionSite.Configuration;

namespace CollectionSite.Cli;

/// <summary>
/// `doctor`'s configuration lines: the files load, and every settings section is read as `build` reads it (a Discogs
/// account required), each section on its own, so every bad key gets its own line instead of only the first.
/// </summary>
public static class ConfigurationCheck
{
    public const string Subject = "configuration";

    public static IReadOnlyList<DoctorCheck> Run(ConfigurationSources sources)
    {
        ConfigurationValues values;
        try
        {
            values = new ConfigurationValues(ConfigurationLoader.Build(sources), sources);
        }
        catch (Exception ex) when (ex is ConfigurationException or IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            return [DoctorCheck.Fail(Subject, OneLine(ex.Message), "fix the file named above (see README, Configuration)")];
        }

        var problems = new List<DoctorCheck>();
        foreach (var section in new AppSettings().Sections)
        {
            try
            {
                section.Read(values, SettingsRequirement.DiscogsAccount);
            }
            catch (ConfigurationException ex)
            {
                problems.Add(DoctorCheck.Fail($"{Subject} ({section.SectionName})", OneLine(ex.Message), "set the key as the message says, then run doctor again"));
            }
        }

        return problems.Count > 0
            ? problems
            : [DoctorCheck.Pass(Subject, $"settings {Describe(sources.SettingsFile, sources.SettingsFileExplicit)}, secrets {Describe(sources.SecretsFile, sources.SecretsFileExplicit)}; every key is valid")];
    }

    private static string Describe(string file, bool required) =>
        File.Exists(file) ? $"from {Path.GetFullPath(file)}" : required ? $"file {file} missing" : "file absent (defaults and environment)";

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
