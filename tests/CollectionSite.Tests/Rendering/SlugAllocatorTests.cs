using CollectionSite.Storage;
using CollectionSite.Rendering.Slugs;

namespace CollectionSite.Tests.Rendering;

[TestFixture]
public sealed class SlugAllocatorTests
{
    [Test]
    public void Allocate_TwoEntitiesWithOneBase_SecondGetsItsIdAppended()
    {
        var book = SlugAllocator.Allocate([Request("2", "greatest-hits"), Request("1", "greatest-hits")], SlugBook.Empty);

        Assert.That(book.SlugByKey, Is.EqualTo(new Dictionary<string, string> { ["1"] = "greatest-hits", ["2"] = "greatest-hits-2" }));
    }

    [TestCase("index", "id:7", "7", "index-7")]
    [TestCase("page", "Page", null, "page-2")]
    [TestCase("404", "404", null, "404-2")]
    [TestCase("sitemap", "id:9", "9", "sitemap-9")]
    public void Allocate_BaseHugoReserves_NeverGetsThatSlug(string wanted, string key, string? suffix, string expected)
    {
        // "Index (2)" as content/artists/index/_index.md would replace the artists list page (/artists/index.html).
        var book = SlugAllocator.Allocate([new SlugRequest(key, wanted, "artist-x", suffix)], SlugBook.Empty);

        Assert.That(book.SlugByKey[key], Is.EqualTo(expected));
    }

    [Test]
    public void Allocate_StoredReservedSlug_MovesAwayAndLeavesNoAliasThere()
    {
        var stored = new SlugBook([new SlugAssignment("id:7", "index", "index")], [new RetiredSlug("id:8", "page")]);

        var book = SlugAllocator.Allocate([new SlugRequest("id:7", "index", "artist-7", "7"), new SlugRequest("id:8", "other", "artist-8", "8")], stored);

        Assert.Multiple(() =>
        {
            Assert.That(book.SlugByKey["id:7"], Is.EqualTo("index-7"));
            Assert.That(book.Retired.Select(r => r.Slug), Has.None.EqualTo("index").And.None.EqualTo("page"), "an alias there would collide just the same");
        });
    }

    [Test]
    public void Allocate_ProvisionalThenCompleteWithAnotherTitle_KeepsTheSlugAndAdoptsTheNewBase()
    {
        // A partial page (from the listing's summary) must fill in under the same URL even when the release details
        // give another title or artist than the listing did.
        var partial = SlugAllocator.Allocate([new SlugRequest("1", "listed-title", "release-1", "1", Provisional: true)], SlugBook.Empty);
        var complete = SlugAllocator.Allocate([new SlugRequest("1", "detailed-title", "release-1", "1")], partial);
        var renamedLater = SlugAllocator.Allocate([new SlugRequest("1", "renamed", "release-1", "1")], complete);

        Assert.Multiple(() =>
        {
            Assert.That(complete.SlugByKey["1"], Is.EqualTo("listed-title"));
            Assert.That(complete.Assignments.Single(), Is.EqualTo(new SlugAssignment("1", "listed-title", "detailed-title", false)), "no longer provisional");
            Assert.That(complete.Retired, Is.Empty);
            Assert.That(renamedLater.SlugByKey["1"], Is.EqualTo("renamed"), "once complete, a real rename moves the slug as always");
        });
    }

    [Test]
    public void Allocate_EmptyBase_UsesTheFallback()
    {
        var book = SlugAllocator.Allocate([new SlugRequest("7", string.Empty, "release-7", "7")], SlugBook.Empty);

        Assert.That(book.SlugByKey["7"], Is.EqualTo("release-7"));
    }

    [Test]
    public void Allocate_NoSuffixAndTaken_AppendsACounter()
    {
        var book = SlugAllocator.Allocate(
            [new SlugRequest("Hip Hop", "hip-hop", "genre-a", null), new SlugRequest("Hip-Hop", "hip-hop", "genre-b", null)], SlugBook.Empty);

        Assert.That(book.SlugByKey.Values, Is.EquivalentTo(new[] { "hip-hop", "hip-hop-2" }));
    }

    [Test]
    public void Allocate_SameTitlesAgain_KeepsEverySlug()
    {
        var first = SlugAllocator.Allocate([Request("1", "a"), Request("2", "a")], SlugBook.Empty);

        // A newcomer that would sort first must not take over an existing slug.
        var second = SlugAllocator.Allocate([Request("0", "a"), Request("1", "a"), Request("2", "a")], first);

        Assert.Multiple(() =>
        {
            Assert.That(second.SlugByKey["1"], Is.EqualTo("a"));
            Assert.That(second.SlugByKey["2"], Is.EqualTo("a-2"));
            Assert.That(second.SlugByKey["0"], Is.EqualTo("a-0"));
        });
    }

    [Test]
    public void Allocate_TitleChanged_NewSlugAndOldOneRetiredAsAlias()
    {
        var first = SlugAllocator.Allocate([Request("1", "old-title")], SlugBook.Empty);

        var second = SlugAllocator.Allocate([Request("1", "new-title")], first);

        Assert.Multiple(() =>
        {
            Assert.That(second.SlugByKey["1"], Is.EqualTo("new-title"));
            Assert.That(second.RetiredByKey["1"], Is.EqualTo(new[] { "old-title" }));
        });
    }

    [Test]
    public void Allocate_RetiredSlug_IsNeverGivenToAnotherEntity()
    {
        var renamed = SlugAllocator.Allocate([Request("1", "new-title")], SlugAllocator.Allocate([Request("1", "old-title")], SlugBook.Empty));

        var book = SlugAllocator.Allocate([Request("1", "new-title"), Request("2", "old-title")], renamed);

        Assert.That(book.SlugByKey["2"], Is.EqualTo("old-title-2"));
    }

    [Test]
    public void Allocate_RenamedBack_ReclaimsTheOldSlug()
    {
        var renamed = SlugAllocator.Allocate([Request("1", "b")], SlugAllocator.Allocate([Request("1", "a")], SlugBook.Empty));

        var back = SlugAllocator.Allocate([Request("1", "a")], renamed);

        Assert.Multiple(() =>
        {
            Assert.That(back.SlugByKey["1"], Is.EqualTo("a"));
            Assert.That(back.RetiredByKey["1"], Is.EqualTo(new[] { "b" }));
        });
    }

    [Test]
    public void Allocate_EntityNotRequested_KeepsItsSlugReserved()
    {
        var first = SlugAllocator.Allocate([Request("1", "a")], SlugBook.Empty);

        var second = SlugAllocator.Allocate([Request("2", "a")], first);

        Assert.Multiple(() =>
        {
            Assert.That(second.SlugByKey["1"], Is.EqualTo("a"));
            Assert.That(second.SlugByKey["2"], Is.EqualTo("a-2"));
        });
    }

    private static SlugRequest Request(string key, string slugBase) => new(key, slugBase, $"release-{key}", key);
}
