using System.Globalization;
using System.Text;

namespace CollectionSite.Rendering.Skeleton;

/// <summary>TOML basic-string escaping (toml.io v1.0.0, "String"): the text between the double quotes.</summary>
public static class TomlString
{
    /// <summary>
    /// Escapes the backslash, the double quote and every control character (U+0000-U+001F, U+007F, which TOML forbids raw);
    /// everything else, emoji included, stays as UTF-8 so a reader sees the real title.
    /// </summary>
    public static string EscapeBasic(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\b': builder.Append(@"\b"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\f': builder.Append(@"\f"); break;
                case '\r': builder.Append(@"\r"); break;
                case < ' ' or '\u007F':
                    builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
