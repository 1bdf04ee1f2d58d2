using System.Globalization;

namespace CollectionSite.Bench;

/// <summary>
/// The sizes the table measures at: the (full) or small ones for a quick check that the table runs (whose
/// figures are not the issue's: fixed costs weigh more on small runs).
/// </summary>
/// <param name="Harvests">Cold harvests, in releases (the issue's: 1,000 and 5,000).</param>
/// <param name="Build">The cold build with all sources and the no-op build after it, in releases.</param>
/// <param name="Render">The render and the Hugo build of the same content, in albums.</param>
/// <param name="BrowseRuns">Page loads per browse timing (the median is taken).</param>
/// <param name="Covers">Covers each artwork side renders.</param>
/// <param name="Memory">The peak-memory harvest and render, in releases.</param>
/// <param name="Scale">Every rate-limit window divided by this, on the fake servers and in the clients alike.</param>
internal sealed record TableSizes(int[] Harvests, int Build, int Render, int BrowseRuns, int Covers, int Memory, double Scale)
{
    public static TableSizes Full { get; } = new([1_000, 5_000], 1_000, 10_000, 7, 50, 50_000, 30);

    public static TableSizes Quick { get; } = new([100, 500], 100, 1_000, 3, 8, 2_000, 60);

    public static TableSizes From(BenchArguments args)
    {
        var sizes = args.Has("--quick") ? Quick : Full;
        return args.Option("--scale") is { } scale ? sizes with { Scale = double.Parse(scale, CultureInfo.InvariantCulture) } : sizes;
    }
}
