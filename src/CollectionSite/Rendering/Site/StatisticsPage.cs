using CollectionSite.Rendering.FrontMatter;
using CollectionSite.Rendering.Output;
using CollectionSite.Statistics;

namespace CollectionSite.Rendering.Site;

/// <summary>
/// The /stats/ page: a branch bundle whose _index.md names the page and whose collection-stats.json resource holds the
/// numbers; layouts/stats/list.html draws the charts from it. A bundle resource rather than data/: Hugo reads it
/// through .Resources on 0.111.3 and current versions alike, while .Site.Data is deprecated (hugo.md §2.12).
/// </summary>
public static class StatisticsPage
{
    public const string Section = "stats";
    public const string PageKey = "section:stats";
    public const string DataFile = "content/stats/collection-stats.json";

    public static RenderedPage Render(CollectionStatistics statistics, PageComposer composer) => new(
        PageKey,
        [
            OutputFile.Text($"content/{Section}/_index.md", composer.Compose(new TermFrontMatter { Title = "Statistics" }, null)),
            OutputFile.Text(DataFile, StatisticsJson.Serialize(statistics)),
        ],
        null);
}
