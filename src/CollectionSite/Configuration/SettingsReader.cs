using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace CollectionSite.Configuration;

/// <summary>What a command needs from the configuration beyond the always-valid keys.</summary>
[Flags]
public enum SettingsRequirement
{
    None = 0,
    DiscogsAccount = 1,
}

/// <summary>
/// Reads <see cref="AppSettings"/> out of the configuration tree and validates it, so a bad value is reported
/// as one line naming the key, the source it came from and how to fix it, before any work starts.
/// </summary>
public static class SettingsReader
{
    public static AppSettings Read(IConfigurationRoot root, ConfigurationSources sources, SettingsRequirement requirement)
    {
        var reader = new Reader(root, sources);
        var settings = new AppSettings();

        settings.Discogs.Username = reader.OptionalString("Discogs:Username");
        settings.Discogs.Token = reader.OptionalString("Discogs:Token");
        settings.Discogs.BaseUrl = reader.HttpUrl("Discogs:BaseUrl");
        settings.Discogs.RequestsPerMinute = reader.Integer("Discogs:RequestsPerMinute", 1, 6000);
        settings.Discogs.TimeoutSeconds = reader.Integer("Discogs:TimeoutSeconds", 1, 600);
        settings.Discogs.RateLimitWindowSeconds = reader.Integer("Discogs:RateLimitWindowSeconds", 1, 3600);
        settings.Paths.Output = reader.RequiredString("Paths:Output", sources.SettingsFile);
        settings.Paths.State = reader.RequiredString("Paths:State", sources.SettingsFile);
        settings.Paths.Templates = reader.OptionalString("Paths:Templates");
        if (settings.Paths.Templates is { } templates && !Directory.Exists(templates))
        {
            throw new ConfigurationException($"Paths:Templates folder '{templates}' does not exist ({reader.SourceOf("Paths:Templates")}). Copy the bundled templates/ folder there or fix the path.");
        }
        settings.Site.Title = reader.OptionalString("Site:Title") ?? settings.Site.Title;
        settings.Retry.MaxAttempts = reader.OptionalString("Retry:MaxAttempts") is null ? settings.Retry.MaxAttempts : reader.Integer("Retry:MaxAttempts", 1, 100);

        if (requirement.HasFlag(SettingsRequirement.DiscogsAccount))
        {
            settings.Discogs.Username = reader.RequiredString("Discogs:Username", sources.SettingsFile);
            settings.Discogs.Token = reader.RequiredString("Discogs:Token", sources.SecretsFile);
            if (settings.Discogs.Token.Any(char.IsWhiteSpace))
            {
                throw new ConfigurationException(
                    $"Discogs:Token contains whitespace ({reader.SourceOf("Discogs:Token")}). Copy the token again from https://www.discogs.com/settings/developers.");
            }
        }

        return settings;
    }

    private sealed class Reader(IConfigurationRoot root, ConfigurationSources sources)
    {
        public string? OptionalString(string key)
        {
            var value = root[key];
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        public string RequiredString(string key, string suggestedFile) =>
            OptionalString(key) ?? throw new ConfigurationException(
                $"{key} is missing. Set it in {suggestedFile} ({JsonShape(key)}) or in the environment variable {ConfigurationSources.EnvironmentName(key)}.");

        public int Integer(string key, int min, int max)
        {
            var raw = OptionalString(key);
            if (raw is null || !int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                throw new ConfigurationException($"{key} must be a whole number from {min} to {max}, but is '{raw}' ({SourceOf(key)}).");
            }

            return value;
        }

        public string HttpUrl(string key)
        {
            var raw = OptionalString(key);
            if (raw is null
                || !Uri.TryCreate(raw, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || !string.IsNullOrEmpty(uri.Query))
            {
                throw new ConfigurationException($"{key} must be an absolute http(s) URL such as https://api.example.com, but is '{raw}' ({SourceOf(key)}).");
            }

            return raw.TrimEnd('/');
        }

        /// <summary>Names the provider that supplied the winning value, e.g. "from secrets.json".</summary>
        public string SourceOf(string key)
        {
            foreach (var provider in root.Providers.Reverse())
            {
                if (!provider.TryGet(key, out _))
                {
                    continue;
                }

                return provider switch
                {
                    JsonConfigurationProvider json => $"from {FullPath(json)}",
                    EnvironmentVariablesConfigurationProvider => $"from environment variable {ConfigurationSources.EnvironmentName(key)}",
                    _ when sources.CommandLineOverrides.ContainsKey(key) => "from the command line",
                    _ when root.Providers.First() == provider => "built-in default",
                    _ => $"from environment variable {ConfigurationSources.EnvironmentName(key)}",
                };
            }

            return "not set";
        }

        private static string FullPath(JsonConfigurationProvider json) =>
            json.Source.FileProvider is Microsoft.Extensions.FileProviders.PhysicalFileProvider physical
                ? Path.Combine(physical.Root, json.Source.Path ?? string.Empty)
                : json.Source.Path ?? "a settings file";

        private static string JsonShape(string key)
        {
            var parts = key.Split(':');
            return "{ " + string.Join(": { ", parts.Select(p => $"\"{p}\"")) + ": \"...\"" + new string('}', parts.Length - 1).Replace("}", " }", StringComparison.Ordinal) + " }";
        }
    }
}
