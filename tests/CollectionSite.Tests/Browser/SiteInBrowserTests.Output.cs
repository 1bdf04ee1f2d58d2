using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CollectionSite.Tests.Browser;

/// <summary>The built files around the pages: feed, sitemap, and links that respect the sub-path.</summary>
public sealed partial class SiteInBrowserTests
{
    [Test]
    public void Feed_LatestAdditionsNewestFirst_WithAbsoluteLinks()
    {
        var feed = XDocument.Load(Path.Combine(scratch, "public", "index.xml"));

        var added = albums.ToDictionary(a => $"{server.BaseUrl}albums/{a.Slug}/", a => a.Added);
        var links = feed.Descendants("item").Select(item => (string)item.Element("link")!).ToList();
        var dates = links.Select(link => added.TryGetValue(link, out var date) ? date : DateTimeOffset.MinValue).ToList();
        var left = added.Where(a => !links.Contains(a.Key)).Select(a => a.Value).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        Assert.Multiple(() =>
        {
            Assert.That(links, Has.Count.EqualTo(Math.Min(50, albums.Count)), "at most 50");
            Assert.That(links, Is.SubsetOf(added.Keys), "albums only, absolute links");
            Assert.That(dates, Is.Ordered.Descending, "newest addition first");
            Assert.That(dates.Min(), Is.GreaterThanOrEqualTo(left), "no album left out is newer than one listed");
        });
    }

    [Test]
    public void Sitemap_ListsEveryAlbumPage()
    {
        var sitemap = XDocument.Load(Path.Combine(scratch, "public", "sitemap.xml"));

        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToHashSet();
        Assert.That(albums.Select(a => $"{server.BaseUrl}albums/{a.Slug}/"), Is.SubsetOf(locations));
    }

    [Test]
    public void EverySitePath_InEveryPage_StaysUnderTheSubPath()
    {
        var outside = Directory.GetFiles(Path.Combine(scratch, "public"), "*.html", SearchOption.AllDirectories)
            .SelectMany(file => RootedPath().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetRelativePath(scratch, file)}: {m.Groups["path"].Value}"))
            .Where(found => !found.Split(": ", 2)[1].StartsWith(SubPath + "/", StringComparison.Ordinal))
            .ToList();

        Assert.That(outside, Is.Empty, "a root-relative link ignores the baseURL's path (GitHub Pages project sites)");
    }

    [GeneratedRegex("""(?:href|src|srcset|data-index|data-section)="?(?<path>/[^"\s>]*)""")]
    private static partial Regex RootedPath();
}
