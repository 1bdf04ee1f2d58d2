using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Rendering.Support;

/// <summary>
/// Runs the real Hugo (Debian's 0.111.3 here) on a rendered content folder with a minimal config and
/// layouts that print what Hugo read from the front matter as JSON, so tests can compare it with the input.
/// </summary>
public static class HugoSite
{
    private const string Config = """
        baseURL = "https://example.org/"
        title = "Round trip"
        disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
        [taxonomies]
          artist = "artists"
          genre = "genres"
          style = "styles"
          label = "labels"
          format = "formats"
          decade = "decades"
        """;

    // jsonify escapes for JSON; safeHTML stops html/template from escaping the JSON a second time.
    private const string SingleLayout = """
        {{ jsonify (dict "title" .Title "artist" .Params.artist "discogs_id" .Params.discogs_id "date" (.Date.UTC.Format "2006-01-02T15:04:05Z07:00") "lastmod" (.Lastmod.UTC.Format "2006-01-02T15:04:05Z07:00") "artists" .Params.artists "catalog_numbers" .Params.catalog_numbers "year" .Params.year "released" .Params.released "plain" .Plain "content" .Content) | safeHTML }}
        """;

    private const string ListLayout = """
        {{ jsonify (dict "title" .Title "kind" .Kind) | safeHTML }}
        """;

    /// <summary>Writes hugo.toml and layouts into <paramref name="siteRoot"/>, builds it into public/ and returns public/'s path.</summary>
    public static async Task<string> BuildAsync(string siteRoot)
    {
        File.WriteAllText(Path.Combine(siteRoot, "hugo.toml"), Config);
        var layouts = Directory.CreateDirectory(Path.Combine(siteRoot, "layouts", "_default")).FullName;
        File.WriteAllText(Path.Combine(layouts, "single.html"), SingleLayout);
        File.WriteAllText(Path.Combine(layouts, "list.html"), ListLayout);
        var publicFolder = Path.Combine(siteRoot, "public");
        await RunAsync(siteRoot, "--source", siteRoot, "--destination", publicFolder, "--printPathWarnings", "--panicOnWarning", "--quiet");
        return publicFolder;
    }

    public static async Task RunAsync(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = await HugoCli.RunAsync(workingDirectory, arguments);
        if (exitCode != 0)
        {
            Assert.Fail($"hugo exited with {exitCode}:\n{output}");
        }
    }
}
