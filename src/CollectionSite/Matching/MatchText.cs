using System.Globalization;
using System.Text;
using AnyAscii;

namespace CollectionSite.Matching;

/// <summary>
/// Text as the matchers compare it: lower case, no diacritics, "&amp;" read as "and", apostrophes and dots dropped
/// ("Don't" = "Dont", "R.E.M." = "REM"), every other punctuation a space, no leading article ("The Wall" = "Wall").
/// A text made only of punctuation (Sigur Rós' "( )", "!!!") keeps its symbols, so it still equals itself and
/// nothing else.
/// </summary>
public static class MatchText
{
    private static readonly HashSet<string> LeadingArticles =
        new(["the", "a", "an", "le", "la", "les", "die", "der", "das", "el", "los"], StringComparer.Ordinal);

    /// <summary>The comparable form of <paramref name="text"/> in its own script ("Ágætis Byrjun" → "agætis byrjun").</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var words = Words(StripMarks(text).ToLowerInvariant());
        if (words.Count == 0)
        {
            // Only symbols: compare the symbols themselves, spacing ignored.
            return new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
        }

        if (words.Count > 1 && LeadingArticles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// The forms of <paramref name="text"/> worth comparing: its own script, and its Latin transliteration when that
    /// differs (AnyAscii: "Группа крови" → "gruppa krovi", "Ænima" → "aenima").
    /// </summary>
    public static IReadOnlyList<string> Forms(string? text)
    {
        var native = Normalize(text);
        var latin = Normalize(text is null ? null : text.Transliterate());
        return latin.Length == 0 || latin == native ? [native] : [native, latin];
    }

    /// <summary>The text with its letters' diacritics removed (NFD, non-spacing marks dropped): "Motörhead" → "Motorhead".</summary>
    public static string StripMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The text without spaces: "vol 2" and "vol2", "rattle and hum" and "rattleandhum" compare equal.</summary>
    public static string Compact(string normalized) => normalized.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static List<string> Words(string lower)
    {
        var text = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (c is '\'' or '\u2019' or '\u2018' or '`' or '.' or '\u00B4')
            {
                continue;
            }

            if (c == '&' || c == '+')
            {
                text.Append(" and ");
            }
            else
            {
                text.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        return [.. text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
