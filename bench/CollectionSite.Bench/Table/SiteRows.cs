using CollectionSite.Tests.Browser;
using static System.FormattableString;

namespace CollectionSite.Bench;

/// <summary>
/// The site rows, on one synthetic collection: our cold render against Hugo's cold build of the same content (as a
/// nightly job runs it, to disk), then in Chromium the filtered browse view against the plain grid, both served from
/// that build (<see cref="BrowseTimer"/>).
/// </summary>
internal static class SiteRows
{
    /// <summary>
    /// Our render writes the content Hugo then reads, parses, templates and writes again as HTML (with lists,
    /// taxonomies and pagination besides): it should take well under Hugo's time, at most half of it (a third of the way
    /// from the state to the HTML).
    /// </summary>
    public static Goal RenderGoal { get; } = Goal.AtMost(0.5);

    public static Goal BrowseGoal { get; } = Goal.Below(200, " ms");

    public static async Task<IReadOnlyList<TableRow>> MeasureAsync(TableSizes sizes, string root, CancellationToken cancellationToken)
    {
        var hugo = HugoTimer.Find() ?? throw new InvalidOperationException("hugo not on PATH (apt-get install -y hugo)");
        await using var site = await SyntheticSite.SeedAsync(root, sizes.Render, SyntheticSite.DefaultFixtures, cancellationToken);
        var render = await site.RenderAsync(cancellationToken);
        var publish = Path.Combine(root, "build", "public");
        await using var server = await StaticSiteServer.StartAsync(publish, "/collection");
        var build = await site.BuildWithHugoAsync(hugo, Path.Combine(root, "build"), server.BaseUrl, cancellationToken);
        var ratio = render.Elapsed / build.Elapsed;
        var rows = new List<TableRow>
        {
            new(
                Invariant($"render {sizes.Render:N0} albums ÷ Hugo build of the same content"), ratio,
                Invariant($"{ratio:F2} ({render.Elapsed.TotalSeconds:F1} s, {render.Written:N0} files)"),
                Invariant($"Hugo cold build {build.Elapsed.TotalSeconds:F1} s"), RenderGoal),
        };

        var index = await File.ReadAllBytesAsync(Path.Combine(publish, "albums", "index.json"), cancellationToken);
        var (genre, albums) = SiteBenchmark.MostCommonGenre(index);
        var timings = await BrowseTimer.MeasureAsync(server.BaseUrl, genre, sizes.BrowseRuns, cancellationToken);
        rows.Add(new TableRow(
            Invariant($"browse {sizes.Render:N0} albums: filtered view after DOMContentLoaded"), timings.AfterDomReady,
            Invariant($"{timings.AfterDomReady:F0} ms (index.json in at {timings.IndexAfterDomReady:+0;-0} ms; on screen at {timings.FirstResult:F0} ms, {timings.FirstResult / timings.Reference:F2}× the grid)"),
            Invariant($"plain grid page loaded in {timings.Reference:F0} ms; {albums:N0} albums match, median of {sizes.BrowseRuns}"), BrowseGoal));
        return rows;
    }

}
