using CollectionSite.Domain;
using CollectionSite.Matching;
using static CollectionSite.Tests.Matching.Fakes.MatchingData;

namespace CollectionSite.Tests.Matching;

public sealed class ArtistLookupTests
{
    [Test]
    public void From_NumberedName_NameWithoutNumberAndNamesakesFlagged()
    {
        var lookup = ArtistLookup.From(Artist("Low (2)"), null);

        Assert.That((lookup.Name, lookup.HasNamesakes), Is.EqualTo(("Low", true)));
    }

    [Test]
    public void From_Urls_EnglishWikipediaTitlesOnly() =>
        Assert.That(
            ArtistLookup.From(Artist("Tool", urls: ["http://www.toolband.com/", "https://de.wikipedia.org/wiki/Tool_(Band)", "https://en.wikipedia.org/wiki/Tool_(band)"]), null).WikipediaTitles,
            Is.EqualTo(new[] { "Tool (band)" }));

    [Test]
    public void From_MembersGroupsAliasesRealName_RelatedNamesWithoutNumbers()
    {
        var artist = Artist("Prince", groups: ["The Revolution (2)"], realName: "Prince Rogers Nelson") with
        {
            Aliases = [new ArtistReference(1, "Jamie Starr", null)],
        };

        Assert.That(ArtistLookup.From(artist, null).RelatedNames, Is.EquivalentTo(new[] { "Prince Rogers Nelson", "The Revolution", "Jamie Starr" }));
    }

    [TestCase(new[] { "A" }, new string[0], ArtistKind.Group)]
    [TestCase(new string[0], new[] { "B" }, ArtistKind.Person)]
    [TestCase(new string[0], new string[0], ArtistKind.Unknown)]
    public void From_MembersOrGroups_Kind(string[] members, string[] groups, ArtistKind expected) =>
        Assert.That(ArtistLookup.From(Artist("X", members: members, groups: groups), null).Kind, Is.EqualTo(expected));

    [Test]
    public void From_BlankSearchTerm_Null() =>
        Assert.That(ArtistLookup.From(Artist("X"), " ").SearchTerm, Is.Null);
}
