using CollectionSite.Artwork.Imaging;
using CollectionSite.Artwork.Renditions;
using CollectionSite.Domain;

namespace CollectionSite.Tests.Artwork;

public sealed class RenditionRecipeTests
{
    private static readonly RenditionRecipe Recipe = new([1200, 600, 300], 85, 80, "libvips 8.18.7");

    [TestCase(2000, 1500, new[] { 1200, 600, 300 }, new[] { 1200, 600, 300 })]
    [TestCase(1200, 800, new[] { 1200, 600, 300 }, new[] { 1200, 600, 300 })]
    [TestCase(800, 800, new[] { 1200, 600, 300 }, new[] { 800, 600, 300 })]
    [TestCase(400, 500, new[] { 600, 300 }, new[] { 500, 300 })]
    [TestCase(250, 200, new[] { 300 }, new[] { 250 })]
    public void Plan_OriginalSize_NeverUpscaledNeverTwoIdenticalFiles(int width, int height, int[] slots, int[] edges)
    {
        var plan = Recipe.Plan(Original(width, height));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Where(p => p.Format == RenditionFormat.Jpeg).Select(p => p.Slot), Is.EqualTo(slots));
            Assert.That(plan.Where(p => p.Format == RenditionFormat.WebP).Select(p => p.LongEdge), Is.EqualTo(edges));
            Assert.That(plan.Select(p => p.Quality).Distinct(), Is.EqualTo(new[] { 85, 80 }));
        });
    }

    [Test]
    public void Key_EverySettingThatChangesTheBytes_ChangesTheKey()
    {
        var sha = new string('a', 64);
        var keys = new[]
        {
            Recipe.Key(sha, 600, RenditionFormat.Jpeg, 85),
            Recipe.Key(new string('b', 64), 600, RenditionFormat.Jpeg, 85),
            Recipe.Key(sha, 640, RenditionFormat.Jpeg, 85),
            Recipe.Key(sha, 600, RenditionFormat.WebP, 85),
            Recipe.Key(sha, 600, RenditionFormat.Jpeg, 90),
            (Recipe with { ProcessorVersion = "libvips 8.19.0" }).Key(sha, 600, RenditionFormat.Jpeg, 85),
        };

        Assert.Multiple(() =>
        {
            Assert.That(keys, Is.Unique);
            Assert.That(keys[0], Does.StartWith(sha + "-600-jpeg-q85-"));
            Assert.That((Recipe with { Sizes = [600] }).Key(sha, 600, RenditionFormat.Jpeg, 85), Is.EqualTo(keys[0]), "a file's key does not depend on the other sizes");
        });
    }

    [Test]
    public void Plan_SizeChangedAboveTheOriginal_SameKeysSoNothingIsEncoded()
    {
        var original = Original(500, 500);

        var before = Recipe.Plan(original).Select(p => p.Key);
        var after = (Recipe with { Sizes = [1200, 640, 300] }).Plan(original).Select(p => p.Key);

        Assert.That(after, Is.EqualTo(before), "600 and 640 both give the 500 px original as it is");
    }

    private static ArtworkOriginal Original(int width, int height) => new(new string('c', 64), "jpeg", width, height, 1000, null);
}
