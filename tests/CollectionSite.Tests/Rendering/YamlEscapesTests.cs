using CollectionSite.Rendering.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace CollectionSite.Tests.Rendering;

/// <summary>What YamlDotNet 16.3.0 writes by itself, and how <see cref="YamlEscapes"/> turns it into what every Hugo reads.</summary>
[TestFixture]
public sealed class YamlEscapesTests
{
    [Test]
    public void YamlDotNet_AstralAndControlCharacters_AreEscapedTheWayWeRewrite()
    {
        // Characterizes the library: if an upgrade changes this, the normalizer's cases need a look.
        var yaml = new SerializerBuilder().WithDefaultScalarStyle(ScalarStyle.DoubleQuoted).Build().Serialize(new Dictionary<string, string> { ["t"] = "😀\u0001\u0085" }, typeof(Dictionary<string, string>));

        Assert.That(yaml, Is.EqualTo("\"t\": \"\\U0001F600\\x01\\N\"" + Environment.NewLine));
    }

    [TestCase("t: \"\\U0001F600\\U0001F3B8\"", "t: \"😀🎸\"")]
    [TestCase("t: \"\\uD83D\\uDE00\"", "t: \"😀\"")]
    [TestCase("t: \"\\uDE00 lone\"", "t: \"\uFFFD lone\"")]
    [TestCase("t: \"\\x01\\x7F\\0\\a\\b\\e\\f\\v\"", "t: \"\\u0001\\u007F\\u0000\\u0007\\u0008\\u001B\\u000C\\u000B\"")]
    [TestCase("t: \"\\N\\_\\L\\P\"", "t: \"\\u0085\u00a0\\u2028\\u2029\"")]
    [TestCase("t: \"a\\/b\"", "t: \"a/b\"")]
    [TestCase("t: \"keep \\\" \\\\ \\n \\t \\r \\u00E9\"", "t: \"keep \\\" \\\\ \\n \\t \\r é\"")]
    [TestCase("t: \"raw\ttab\"", "t: \"raw\\ttab\"")]
    [TestCase("plain: 1999\nq: \"\\\\U0001F600\"", "plain: 1999\nq: \"\\\\U0001F600\"")]
    public void Normalize_EscapesInDoubleQuotedScalars_BecomePortable(string yaml, string expected) =>
        Assert.That(YamlEscapes.Normalize(yaml), Is.EqualTo(expected));

    [Test]
    public void Normalize_EmitterSurrogatePairSetting_StillEndsRaw()
    {
        using var writer = new StringWriter();
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n", useUtf16SurrogatePairs: true));
        new SerializerBuilder().WithDefaultScalarStyle(ScalarStyle.DoubleQuoted).Build().Serialize(emitter, new Dictionary<string, string> { ["t"] = "🎸" });

        Assert.That(YamlEscapes.Normalize(writer.ToString()), Does.Contain("\"🎸\""));
    }
}
