using CollectionSite.Domain;
using CollectionSite.Statistics;
using CollectionSite.Storage;
using CollectionSite.Tests.Fakes;

namespace CollectionSite.Tests.Statistics;

/// <summary>The computation's rules on inputs built in memory: original year, ties, empty collections.</summary>
public sealed class StatisticsCalculatorTests
{
    private static StatisticsRelease Release(long id, int? year, Master? master = null, params string[] genres) =>
        new(InMemoryDiscogsApi.SampleRelease(id) with { Year = year, Released = null, Genres = genres }, master, false);

    [Test]
    public void OriginalYear_MasterYearZero_FallsBackToReleaseYear()
    {
        var master = InMemoryDiscogsApi.SampleMaster(7) with { Year = 0 };

        Assert.Multiple(() =>
        {
            Assert.That(StatisticsCalculator.OriginalYear(Release(1, 1984, master)), Is.EqualTo(1984));
            Assert.That(StatisticsCalculator.OriginalYear(Release(1, 1984, master with { Year = 1971 })), Is.EqualTo(1971));
            Assert.That(StatisticsCalculator.OriginalYear(Release(1, 0)), Is.Null);
            Assert.That(StatisticsCalculator.Decade(2009), Is.EqualTo("2000s"));
        });
    }

    [Test]
    public void Compute_Ties_OrderedByNameWhateverTheInputOrder()
    {
        StatisticsRelease[] releases = [Release(3, 1990, null, "pop"), Release(1, 1990, null, "Jazz"), Release(2, 1990, null, "Blues")];

        var statistics = StatisticsCalculator.Compute(new StatisticsInput(releases, [], new Dictionary<long, CachedEntry<Artist>>()));

        Assert.That(statistics.Genres.Top.Select(t => t.Name), Is.EqualTo(new[] { "Blues", "Jazz", "pop" }));
    }

    [Test]
    public void Compute_EmptyCollection_ZeroTotalsNoMonths()
    {
        var statistics = StatisticsCalculator.Compute(new StatisticsInput([], [], new Dictionary<long, CachedEntry<Artist>>()));

        Assert.Multiple(() =>
        {
            Assert.That(statistics.Totals, Is.EqualTo(new StatisticsTotals(0, 0, 0, 0, 0, 0)));
            Assert.That(statistics.Months, Is.Empty);
            Assert.That(statistics.Genres.Top, Is.Empty);
        });
    }

    [Test]
    public void Compute_TopBelowOne_Throws() =>
        Assert.That(() => StatisticsCalculator.Compute(new StatisticsInput([], [], new Dictionary<long, CachedEntry<Artist>>()), 0), Throws.TypeOf<ArgumentOutOfRangeException>());
}
