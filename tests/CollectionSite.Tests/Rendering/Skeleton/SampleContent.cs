using CollectionSite.Artwork.Imaging;

namespace CollectionSite.Tests.Rendering.Skeleton;

/// <summary>
/// Hand-written content pages that follow the content writer's front-matter contract: two albums (one with pre-sized
/// cover files, one without but with a user's own image in its body), a hand-written page with an undecodable
/// cover.jpg, artist terms (one with photo and bio), genre terms, and the list pages' titles.
/// Values are the YAML hazards the writer must quote: a colon-space title, "No", unicode.
/// </summary>
internal static class SampleContent
{
    public const string AppleMusicUrl = "https://music.apple.com/gb/album/live-at-leeds/1440843133";
    public const string SpotifyId = "4P0zvDDPbAqtdh0ARt4MDm";

    public const string WikipediaUrl = "https://en.wikipedia.org/wiki/The_Who";

    public static void WriteTo(string siteDirectory)
    {
        var content = Path.Combine(siteDirectory, "content");
        Write(content, "albums/_index.md", "title: \"Albums\"\noutputs: [\"HTML\", \"JSON\"]", "");
        Write(content, "artists/_index.md", "title: \"Artists\"", "");
        Write(content, "genres/_index.md", "title: \"Genres\"", "");
        // A section of the collector's own, beside the tool's: it must get only the theme's plain list page.
        Write(content, "notes/_index.md", "title: \"Notes\"", "");
        Write(content, "notes/first-pressing.md", "title: \"On first pressings\"", "Matrix numbers tell.");

        Write(content, "albums/live-at-leeds-1234/index.md", $$$"""
            title: "Live: At Leeds"
            artist: "The Who"
            date: "2015-04-14T03:23:29-07:00"
            lastmod: "2015-04-14T03:23:29-07:00"
            discogs_id: "1234"
            discogs_url: "https://www.discogs.com/release/1234"
            master_id: "99"
            year: 1970
            original_year: 1970
            released: "1970-05-16"
            country: "UK"
            artists: ["the-who"]
            genres: ["rock"]
            styles: ["mod"]
            labels: ["track-record"]
            formats: ["vinyl"]
            decades: ["1970s"]
            {{{Cover("Cover of Live: At Leeds by The Who", "#5a3c28")}}}
            catalog_numbers: ["2406 001"]
            barcodes: ["0724384960650"]
            copies: 2
            rating: 5
            track_count: 1
            apple_music_id: "1440843133"
            apple_music_url: "{{{AppleMusicUrl}}}"
            apple_music_match:
              method: "barcode"
              confidence: 1
            spotify_id: "{{{SpotifyId}}}"
            spotify_url: "https://open.spotify.com/album/{{{SpotifyId}}}"
            spotify_match:
              method: "search"
              confidence: 0.93
            editorial_notes: "The *loudest* live album of its day & still \"the\" reference."
            """, $$$"""
            ![Cover of Live: At Leeds by The Who](cover-64.jpg)

            ## Tracklist

            | # | Title | Duration |
            |---|---|---|
            | A1 | Young Man Blues | 5:03 |

            {{< applemusic url="{{{AppleMusicUrl}}}" >}}

            {{< spotify id="{{{SpotifyId}}}" >}}
            """);
        PreSized(Path.Combine(content, "albums", "live-at-leeds-1234"));

        Write(content, "albums/no-5/index.md", """
            title: "No"
            artist: "Björk Featuring The Who"
            date: "2016-01-01T00:00:00Z"
            lastmod: "2016-01-01T00:00:00Z"
            discogs_id: "5"
            discogs_url: "https://www.discogs.com/release/5"
            year: 0
            artists: ["bjork", "the-who"]
            genres: ["electronic", "rock"]
            copies: 1
            track_count: 0
            """, "No tracklist on Discogs.\n\n![Inlay](inlay.jpg)");
        File.Copy(SkeletonFolders.SampleCover, Path.Combine(content, "albums", "no-5", "inlay.jpg"));

        // A cover that is not a decodable image (a truncated download): the page must build, without a cover.
        Write(content, "albums/broken-cover-6/index.md", """
            title: "Broken Cover"
            artist: "The Who"
            date: "2016-01-02T00:00:00Z"
            discogs_id: "6"
            discogs_url: "https://www.discogs.com/release/6"
            artists: ["the-who"]
            cover: "cover.jpg"
            copies: 1
            track_count: 0
            """, "![Cover of Broken Cover by The Who](cover.jpg)");
        File.WriteAllBytes(Path.Combine(content, "albums", "broken-cover-6", "cover.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);

        Write(content, "artists/the-who/_index.md", $$$"""
            title: "The Who"
            discogs_id: "24"
            discogs_url: "https://www.discogs.com/artist/24"
            real_name: ""
            {{{Cover("Photo of The Who", null)}}}
            wikipedia_url: "{{{WikipediaUrl}}}"
            wikipedia_match:
              method: "link"
              confidence: 1
            """, "English rock band formed in London in 1964.");
        PreSized(Path.Combine(content, "artists", "the-who"));
        Write(content, "artists/bjork/_index.md", "title: \"Björk\"\ndiscogs_id: \"15\"\nreal_name: \"Björk Guðmundsdóttir\"", "");
        Write(content, "genres/rock/_index.md", "title: \"Rock\"", "");
        Write(content, "genres/electronic/_index.md", "title: \"Electronic\"", "");
        Write(content, "styles/mod/_index.md", "title: \"Mod\"", "");
        Write(content, "labels/track-record/_index.md", "title: \"Track Record\"", "");
        Write(content, "formats/vinyl/_index.md", "title: \"Vinyl\"", "");
        Write(content, "decades/1970s/_index.md", "title: \"1970s\"", "");
    }

    /// <summary>The cover map the pipeline writes for the files <see cref="PreSized"/> makes (64 and 32 px, JPEG and WebP).</summary>
    private static string Cover(string alt, string? colour) =>
        $"cover: {{alt: \"{alt}\", source: \"discogs\",{(colour is null ? "" : $" colour: \"{colour}\",")} images: ["
        + string.Join(", ", new[] { ("jpg", "image/jpeg"), ("webp", "image/webp") }.SelectMany(f => new[] { 64, 32 }.Select(size =>
            $"{{src: \"cover-{size}.{f.Item1}\", width: {size}, height: {size}, type: \"{f.Item2}\"}}")))
        + "]}";

    /// <summary>The sample cover resized by the real processor into <paramref name="bundle"/>, as the artwork stage would copy it.</summary>
    private static void PreSized(string bundle)
    {
        var requests = new[] { (RenditionFormat.Jpeg, "jpg"), (RenditionFormat.WebP, "webp") }
            .SelectMany(f => new[] { 64, 32 }.Select(size => new RenditionRequest(size, f.Item1, 80, Path.Combine(bundle, $"cover-{size}.{f.Item2}"))))
            .ToList();
        new NetVipsImageProcessor().Render(SkeletonFolders.SampleCover, requests, CancellationToken.None);
    }

    private static void Write(string content, string relativePath, string frontMatter, string body)
    {
        var path = Path.Combine(content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\n{frontMatter}\n---\n{body}\n");
    }
}
