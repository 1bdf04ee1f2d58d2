using System.Text;
using AnyAscii;

namespace CollectionSite.Rendering.Slugs;

/// <summary>
/// Turns any title into a URL segment of [a-z0-9-]: transliterated (never dropped), lower case, one hyphen
/// between words, at most <see cref="MaxLength"/> characters cut at a word boundary. May return "" (e.g. "!!!"):
/// callers supply the fallback, because only they know the entity's id.
/// Transliteration is the AnyAscii package (ISC), which replaced our vendored copy of the same 0.3.3 tables
/// after a comparison over every code point gave identical output.
/// </summary>
public static class Slugifier
{
    public const int MaxLength = 80;

    public static string Slugify(string text)
    {
        var ascii = text.Transliterate();
        var builder = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c != '\'')
            {
                // Apostrophes join ("Don't" → "dont"); everything else separates words.
                pendingHyphen = true;
            }
        }

        return Shorten(builder.ToString());
    }

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
