using System.Reflection;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Artwork;
using CollectionSite.Stages.Discogs;

namespace CollectionSite.Tests.Hosting;

public sealed class PipelineDefinitionsTests
{
    [Test]
    public void ItemStageKeys_EveryPerItemStageOfEveryPipeline_Listed()
    {
        var keys = PipelineDefinitions.All
            .Where(type => type.IsSubclassOf(typeof(ItemStage)) || type.IsSubclassOf(typeof(ArtworkStage)))
            .Select(type => (string?)type.GetField("Key", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue())
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(keys, Has.None.Null, "every per-item stage publishes its progress key as a Key constant");
            Assert.That(PipelineDefinitions.ItemStageKeys, Is.EquivalentTo(keys));
        });
    }

    [Test]
    public void DiscogsRecords_ArtistsBeforeMasters_WikipediaCatchesUpWhileTheMastersAreFetched()
    {
        // Wikipedia follows the artist records (several requests per artist) and no lane follows the masters: with the
        // artists last, Wikipedia's backlog would only start draining once the Discogs lane had nothing left to fetch.
        var lane = PipelineDefinitions.DiscogsRecords;

        Assert.Multiple(() =>
        {
            Assert.That(lane[0], Is.EqualTo(typeof(FetchReleaseDetails)), "artists and masters are read from the release details");
            Assert.That(lane[^1], Is.EqualTo(typeof(FetchMasters)));
            Assert.That(lane, Does.Contain(typeof(FetchArtists)));
        });
    }
}
