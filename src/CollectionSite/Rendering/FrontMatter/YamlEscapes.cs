using System.Globalization;
using System.Text;

namespace CollectionSite.Rendering.FrontMatter;

/// <summary>
/// Rewrites the escapes inside YamlDotNet's double-quoted scalars into the subset every Hugo reads.
/// YamlDotNet writes characters beyond the BMP as "\U0001F600" and controls as "\x01", "\e", "\N"...;
/// Hugo 0.111 (yaml.v2) and current Hugo (goccy/go-yaml) both read raw UTF-8 plus \" \\ \n \t \r \uXXXX,
/// so astral characters are written raw and every other escape becomes \uXXXX. Lone surrogates become U+FFFD.
/// Raw characters outside YAML's printable set (U+FFFE, U+FFFF, controls) are escaped the same way.
/// </summary>
internal static class YamlEscapes
{
    public static string Normalize(string yaml)
    {
        var output = new StringBuilder(yaml.Length);
        var quoted = false;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (!quoted || c == '"')
            {
                quoted ^= c == '"';
                output.Append(c);
            }
            else if (c == '\\')
            {
                i = Escape(yaml, i + 1, output);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < yaml.Length && char.IsLowSurrogate(yaml[i + 1]))
            {
                output.Append(c).Append(yaml[i + 1]);
                i++;
            }
            else
            {
                // Whatever the emitter left raw is checked too: the last line of defence before Hugo's reader.
                AppendCodePoint(c, output);
            }
        }

        return output.ToString();
    }

    /// <summary>Writes the escape whose letter is at <paramref name="at"/>; returns the index of its last character.</summary>
    private static int Escape(string yaml, int at, StringBuilder output)
    {
        var letter = yaml[at];
        switch (letter)
        {
            case '"' or '\\' or 'n' or 't' or 'r':
                output.Append('\\').Append(letter);
                return at;
            case 'U':
                AppendCodePoint(Hex(yaml, at + 1, 8), output);
                return at + 8;
            case 'u':
                var unit = Hex(yaml, at + 1, 4);
                if (char.IsHighSurrogate((char)unit) && at + 10 < yaml.Length && yaml[at + 5] == '\\' && yaml[at + 6] == 'u'
                    && char.IsLowSurrogate((char)Hex(yaml, at + 7, 4)))
                {
                    AppendCodePoint(char.ConvertToUtf32((char)unit, (char)Hex(yaml, at + 7, 4)), output);
                    return at + 10;
                }

                AppendCodePoint(unit, output);
                return at + 4;
            case 'x':
                AppendCodePoint(Hex(yaml, at + 1, 2), output);
                return at + 2;
            case '/':
                output.Append('/');
                return at;
            default:
                AppendCodePoint(Named(letter), output);
                return at;
        }
    }

    private static int Named(char letter) => letter switch
    {
        '0' => 0x00,
        'a' => 0x07,
        'b' => 0x08,
        'v' => 0x0B,
        'f' => 0x0C,
        'e' => 0x1B,
        ' ' => 0x20,
        'N' => 0x85,
        '_' => 0xA0,
        'L' => 0x2028,
        'P' => 0x2029,
        _ => throw new FormatException($"Unexpected YAML escape '\\{letter}'."),
    };

    private static void AppendCodePoint(int codePoint, StringBuilder output)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF or > 0x10FFFF)
        {
            output.Append('\uFFFD');
        }
        else if (codePoint > 0xFFFF)
        {
            output.Append(char.ConvertFromUtf32(codePoint));
        }
        else if (IsWrittenRaw(codePoint))
        {
            output.Append((char)codePoint);
        }
        else
        {
            output.Append(codePoint == '\t' ? "\\t" : string.Create(CultureInfo.InvariantCulture, $"\\u{codePoint:X4}"));
        }
    }

    /// <summary>
    /// YAML's printable set (1.2 §5.1: no C0, DEL, C1, U+FFFE, U+FFFF, surrogates) without the characters some
    /// readers still trip on raw (NEL, LS, PS, BOM). Everything else in the BMP is escaped as \uXXXX, which every
    /// Hugo reads back exactly, so a title keeps its text and Hugo never stops on "control characters".
    /// </summary>
    private static bool IsWrittenRaw(int codePoint) =>
        codePoint is (>= 0x20 and < 0x7F) or (>= 0xA0 and <= 0xFFFD and not (>= 0xD800 and <= 0xDFFF) and not (0x2028 or 0x2029 or 0xFEFF));

    private static int Hex(string yaml, int start, int length) =>
        int.Parse(yaml.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
