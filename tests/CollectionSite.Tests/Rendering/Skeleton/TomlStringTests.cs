using CollectionSite.Rendering.Skeleton;

namespace CollectionSite.Tests.Rendering.Skeleton;

public sealed class TomlStringTests
{
    [TestCase("My Record Collection", "My Record Collection")]
    [TestCase("Jo's \"Vinyl\"", "Jo's \\\"Vinyl\\\"")]
    [TestCase(@"C:\Records", @"C:\\Records")]
    [TestCase("two\nlines\ttab\r", @"two\nlines\ttab\r")]
    [TestCase("bell\u0007 del\u007F", @"bell\u0007 del\u007F")]
    public void EscapeBasic_SpecialCharacters_AreEscaped(string value, string expected) =>
        Assert.That(TomlString.EscapeBasic(value), Is.EqualTo(expected));

    [Test]
    public void EscapeBasic_NonAsciiAndEmoji_StayRaw()
    {
        const string title = "Ethio Jazz = የካተት = エチオ・ジャズ 🎶 Ελληνικά";

        Assert.That(TomlString.EscapeBasic(title), Is.EqualTo(title));
    }
}
