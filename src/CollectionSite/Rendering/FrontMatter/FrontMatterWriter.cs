using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CollectionSite.Rendering.FrontMatter;

/// <summary>
/// Serializes a typed front-matter record with YamlDotNet into the "---" block Hugo reads: snake_case keys
/// in declaration order, every string double-quoted, numbers plain, null and empty values left out.
/// </summary>
public sealed class FrontMatterWriter
{
    private readonly ISerializer serializer;

    // The quoting emitter tracks keys per document, so documents are serialized one at a time.
    private readonly Lock gate = new();

    public FrontMatterWriter()
    {
        serializer = new SerializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithEventEmitter(next => new QuotedStringEventEmitter(next))
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
            .DisableAliases()
            .WithNewLine("\n")
            .Build();
    }

    /// <summary>The front matter between "---" lines, ending with a newline.</summary>
    public string Write(object frontMatter)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        lock (gate)
        {
            // No line folding: a folded double-quoted title reads back with the same text, but keeps diffs noisy.
            var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n", false));
            serializer.Serialize(emitter, frontMatter);
        }

        return "---\n" + YamlEscapes.Normalize(writer.ToString()) + "---\n";
    }
}
