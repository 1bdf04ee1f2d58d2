namespace CollectionSite.Tests.Repository;

/// <summary>
/// The actions our workflows may use, each at the major version we checked, with the inputs that version
/// declares in its action.yml (a misspelt input is silently ignored by GitHub, so the test catches it here).
/// </summary>
internal static class KnownActions
{
    public static IReadOnlyDictionary<string, string[]> Inputs { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["actions/checkout@v7"] = ["repository", "ref", "path", "token", "fetch-depth", "submodules", "persist-credentials"],
        ["actions/setup-dotnet@v6"] = ["dotnet-version", "global-json-file", "cache", "cache-dependency-path"],
        ["actions/cache/restore@v5"] = ["path", "key", "restore-keys", "fail-on-cache-miss", "lookup-only"],
        ["actions/cache/save@v5"] = ["path", "key"],
        ["actions/upload-artifact@v7"] = ["name", "path", "if-no-files-found", "retention-days"],
        ["peaceiris/actions-hugo@v3"] = ["hugo-version", "extended"],
        ["actions/configure-pages@v6"] = ["enablement", "static_site_generator", "token"],
        ["actions/upload-pages-artifact@v5"] = ["path", "name", "retention-days"],
        ["actions/deploy-pages@v5"] = ["token", "timeout", "artifact_name"],
    };

    /// <summary>Outputs read through <c>steps.&lt;id&gt;.outputs.&lt;name&gt;</c>, per action.</summary>
    public static IReadOnlyDictionary<string, string[]> Outputs { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["actions/configure-pages@v6"] = ["base_url", "origin", "host", "base_path"],
        ["actions/deploy-pages@v5"] = ["page_url"],
        ["actions/cache/restore@v5"] = ["cache-hit", "cache-primary-key", "cache-matched-key"],
    };
}
