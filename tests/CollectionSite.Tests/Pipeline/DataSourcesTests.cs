using CollectionSite.Pipeline;

namespace CollectionSite.Tests.Pipeline;

public sealed class DataSourcesTests
{
    [Test]
    public void Parse_NamesInAnyCase_TheirSources()
    {
        Assert.That(DataSources.Parse(["apple", "DISCOGS", "apple"]), Is.EquivalentTo(new[] { DataSource.AppleMusic, DataSource.Discogs }));
    }

    [TestCase]
    [TestCase("all")]
    [TestCase("spotify", "all")]
    public void Parse_AllOrNoValue_EverySource(params string[] names)
    {
        Assert.That(DataSources.Parse(names), Is.EquivalentTo(Enum.GetValues<DataSource>()));
    }

    [Test]
    public void Parse_UnknownName_ErrorListingTheValidOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => DataSources.Parse(["itunes"]));

        Assert.That(error!.Message, Does.StartWith("Unknown source 'itunes': use one of discogs, apple, spotify, wikipedia, artwork, all."));
    }

    [Test]
    public void MetaKey_Discogs_TheKeyUsedBeforeSourcesExisted()
    {
        Assert.That(SourceRefresh.MetaKey(DataSource.Discogs), Is.EqualTo("discogs.refresh_after_utc"));
    }
}
