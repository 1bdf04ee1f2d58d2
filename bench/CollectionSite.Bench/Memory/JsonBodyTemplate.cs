using System.Text;
using System.Text.Json.Nodes;

namespace CollectionSite.Bench;

/// <summary>
/// A recorded JSON body with some of its top-level values left open: serialized once, then filled per request by
/// concatenation, so a 50,000-release fake serves realistic bodies without holding them all or re-serializing a 54 KB
/// document per request. Open values are given as raw JSON text.
/// </summary>
internal sealed class JsonBodyTemplate
{
    private readonly string[] parts;
    private readonly string[] fields;

    private JsonBodyTemplate(string[] parts, string[] fields)
    {
        this.parts = parts;
        this.fields = fields;
    }

    /// <summary>Opens <paramref name="open"/> in a copy of <paramref name="body"/> (each added when absent), drops <paramref name="removed"/>.</summary>
    public static JsonBodyTemplate Of(JsonObject body, IReadOnlyList<string> open, params string[] removed)
    {
        var copy = (JsonObject)body.DeepClone();
        foreach (var name in removed)
        {
            copy.Remove(name);
        }

        foreach (var name in open)
        {
            copy[name] = Marker(name);
        }

        var text = copy.ToJsonString();
        var partList = new List<string>();
        var fieldList = new List<string>();
        var at = 0;
        while (true)
        {
            var next = open.Select(name => (Name: name, Index: text.IndexOf(Quoted(name), at, StringComparison.Ordinal)))
                .Where(found => found.Index >= 0)
                .OrderBy(found => found.Index)
                .FirstOrDefault();
            if (next.Name is null)
            {
                break;
            }

            partList.Add(text[at..next.Index]);
            fieldList.Add(next.Name);
            at = next.Index + Quoted(next.Name).Length;
        }

        partList.Add(text[at..]);
        return new JsonBodyTemplate([.. partList], [.. fieldList]);
    }

    /// <summary>The body with every open value replaced by its raw JSON from <paramref name="values"/>.</summary>
    public string Fill(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder(parts.Sum(part => part.Length) + 512);
        for (var i = 0; i < fields.Length; i++)
        {
            text.Append(parts[i]).Append(values[fields[i]]);
        }

        return text.Append(parts[^1]).ToString();
    }

    private static string Marker(string name) => $"@@open:{name}@@";

    private static string Quoted(string name) => $"\"{Marker(name)}\"";
}
