using System.Reflection;
using CollectionSite.Hosting;
using CollectionSite.Pipeline;
using CollectionSite.Stages.Artwork;

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
}
