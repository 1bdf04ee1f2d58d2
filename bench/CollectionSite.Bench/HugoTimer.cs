using System.Diagnostics;

namespace CollectionSite.Bench;

/// <summary>Times the real Hugo building the rendered content with minimal layouts, when hugo is on PATH.</summary>
internal static class HugoTimer
{
    private const string Config = """
        baseURL = "https://example.org/"
        title = "Bench"
        disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
        [taxonomies]
          artist = "artists"
          genre = "genres"
          style = "styles"
          label = "labels"
          format = "formats"
          decade = "decades"
        """;

    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, "hugo")).FirstOrDefault(File.Exists);

    /// <summary>Seconds for `hugo --renderToMemory`, or an error when Hugo fails.</summary>
    public static TimeSpan Time(string hugo, string siteRoot)
    {
        File.WriteAllText(Path.Combine(siteRoot, "hugo.toml"), Config);
        var layouts = Directory.CreateDirectory(Path.Combine(siteRoot, "layouts", "_default")).FullName;
        File.WriteAllText(Path.Combine(layouts, "single.html"), "<h1>{{ .Title }}</h1><p>{{ .Params.artist }}</p>{{ .Content }}");
        File.WriteAllText(Path.Combine(layouts, "list.html"), "<h1>{{ .Title }}</h1>{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}");
        var start = new ProcessStartInfo(hugo) { WorkingDirectory = siteRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--renderToMemory", "--quiet", "--source", siteRoot })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        return process.ExitCode == 0
            ? watch.Elapsed
            : throw new InvalidOperationException($"hugo exited with {process.ExitCode}: {error} {output.GetAwaiter().GetResult()}");
    }
}
