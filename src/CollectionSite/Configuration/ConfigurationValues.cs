using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace CollectionSite.Configuration;

/// <summary>
/// Typed reads of one configuration tree for the settings sections: each read validates its value and, when it
/// is bad or missing, throws a <see cref="ConfigurationException"/> of one line naming the key, the source that
/// supplied the value (file path, environment variable, command line) and how to fix it.
/// </summary>
public sealed class ConfigurationValues(IConfigurationRoot root, ConfigurationSources sources)
{
    public ConfigurationSources Sources => sources;

    /// <summary>Whether any source sets <paramref name="key"/> (even to an empty value, which is then a mistake to report).</summary>
    public bool IsSet(string key) => root[key] is not null;

    /// <summary>The trimmed value, or null when missing or blank.</summary>
    public string? OptionalString(string key)
    {
        var value = root[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <param name="suggestedFile">Where the message tells the user to put the value (settings or secrets file).</param>
    public string RequiredString(string key, string suggestedFile) =>
        OptionalString(key) ?? throw new ConfigurationException(
            $"{key} is missing. Set it in {suggestedFile} ({JsonShape(key)}) or in the environment variable {ConfigurationSources.EnvironmentName(key)}.");

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="fallback"/> when the key is not set.</summary>
    public int WholeNumber(string key, int fallback, int min, int max)
    {
        var raw = OptionalString(key);
        if (raw is null && !IsSet(key))
        {
            return fallback;
        }

        if (raw is null || !int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new ConfigurationException($"{key} must be a whole number from {min} to {max}, but is '{raw}' ({SourceOf(key)}).");
        }

        return value;
    }

    /// <summary>An absolute http(s) URL without query, returned without a trailing slash; <paramref name="fallback"/> when not set.
    /// A path prefix (a proxy's /api/discogs) is kept.</summary>
    public string HttpUrl(string key, string fallback)
    {
        if (!IsSet(key))
        {
            return fallback;
        }

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

    /// <summary>
    /// A list: a JSON array (<c>"Sizes": [1200, 600]</c>, i.e. keys <c>Sizes:0</c>, <c>Sizes:1</c>; environment
    /// <c>..._Sizes__0</c>) or one comma-separated value (<c>"1200,600"</c>), trimmed, blanks dropped; null when not set.
    /// </summary>
    public IReadOnlyList<string>? OptionalList(string key)
    {
        if (OptionalString(key) is { } joined)
        {
            return [.. joined.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        var items = root.GetSection(key).GetChildren()
            .Select(child => (Index: int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue, child.Value))
            .Where(child => !string.IsNullOrWhiteSpace(child.Value))
            .OrderBy(child => child.Index)
            .Select(child => child.Value!.Trim())
            .ToList();
        return items.Count > 0 || IsSet(key) ? items : null;
    }

    /// <summary>Names the provider that supplied the winning value, e.g. "from /home/me/secrets.json".</summary>
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
                _ when sources.CommandLineOverrides.ContainsKey(key) => "from the command line",
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
        return "{ " + string.Join(": { ", parts.Select(p => $"\"{p}\"")) + ": \"...\"" + string.Concat(Enumerable.Repeat(" }", parts.Length - 1)) + " }";
    }
}
