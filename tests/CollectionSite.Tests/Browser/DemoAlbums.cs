using YamlDotNet.Serialization;

namespace CollectionSite.Tests.Browser;

/// <summary>One album of a rendered site, read back from its front matter (content/albums/&lt;slug&gt;/index.md).</summary>
public sealed record DemoAlbum(string Slug, string Title, string Artist, DateTimeOffset Added, IReadOnlyList<string> Genres);

/// <summary>The albums of a rendered site, from the Markdown the pipeline wrote: what the browser tests expect to see.</summary>
public static class DemoAlbums
{
    public static IReadOnlyList<DemoAlbum> Read(string siteRoot)
    {
        var deserializer = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();
        return Directory.GetDirectories(Path.Combine(siteRoot, "content", "albums"))
            .Select(folder =>
            {
                var text = File.ReadAllText(Path.Combine(folder, "index.md"));
                var yaml = text.Split("---", 3, StringSplitOptions.None)[1];
                var fields = deserializer.Deserialize<Dictionary<string, object?>>(yaml);
                return new DemoAlbum(
                    Path.GetFileName(folder),
                    (string)fields["title"]!,
                    fields.GetValueOrDefault("artist") as string ?? string.Empty,
                    DateTimeOffset.Parse((string)fields["date"]!, System.Globalization.CultureInfo.InvariantCulture),
                    fields.GetValueOrDefault("genres") is List<object> genres ? [.. genres.Cast<string>()] : []);
            })
            .ToList();
    }
}
