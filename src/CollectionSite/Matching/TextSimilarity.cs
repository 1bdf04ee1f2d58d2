using System.Text.RegularExpressions;

namespace CollectionSite.Matching;

/// <summary>
/// How alike two texts are, 0..1, after <see cref="MatchText"/> normalisation in every script form (a Cyrillic title
/// equals its romanisation). 1 = the same words (spacing and word order aside); edit distance and shared words
/// grade the rest; shared words count less (<see cref="SharedWordsWeight"/>), as one added word ("The Very Best of")
/// makes another record. Titles whose numbers differ ("Vol. 1"/"Vol. 2", "Volume One"/"Volume Two", "Led Zeppelin
/// II"/"III") are different works, however close the letters: at most <see cref="DifferentNumbers"/>.
/// </summary>
public static partial class TextSimilarity
{
    /// <summary>The most two texts that differ in a number can score.</summary>
    public const double DifferentNumbers = 0.5;

    /// <summary>What the share of common words is worth at most, against edit distance.</summary>
    public const double SharedWordsWeight = 0.9;

    private static readonly HashSet<string> StopWords =
        new(["the", "a", "an", "of", "and", "in", "on", "to", "de", "la", "le", "el", "les", "los", "die", "der", "das"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12", ["ii"] = "2", ["iii"] = "3",
        ["iv"] = "4", ["vi"] = "6", ["vii"] = "7", ["viii"] = "8", ["ix"] = "9", ["xi"] = "11", ["xii"] = "12",
    };

    /// <summary>The best similarity over the script forms of both texts.</summary>
    public static double Of(string? left, string? right)
    {
        var best = 0.0;
        foreach (var a in MatchText.Forms(left))
        {
            foreach (var b in MatchText.Forms(right))
            {
                best = Math.Max(best, OfNormalized(a, b));
            }
        }

        return best;
    }

    /// <summary>Similarity of two already normalised texts.</summary>
    public static double OfNormalized(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        left = NumbersAsDigits(left);
        right = NumbersAsDigits(right);
        var a = MatchText.Compact(left);
        var b = MatchText.Compact(right);
        double score;
        if (a == b)
        {
            score = 1;
        }
        else
        {
            var sortedA = string.Concat(left.Split(' ').Order(StringComparer.Ordinal));
            var sortedB = string.Concat(right.Split(' ').Order(StringComparer.Ordinal));
            score = Math.Max(Math.Max(Ratio(a, b), Ratio(sortedA, sortedB)), SharedWordsWeight * WordDice(left, right));
        }

        return SameNumbers(left, right) ? score : Math.Min(score, DifferentNumbers);
    }

    /// <summary>1 − Levenshtein distance ÷ the longer length.</summary>
    public static double Ratio(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var longer = Math.Max(left.Length, right.Length);
        return longer == 0 ? 1 : 1 - ((double)Distance(left, right) / longer);
    }

    /// <summary>Shared words ×2 ÷ all words (Sørensen–Dice over words), not counting words like "the", "of", "and" when others are left.</summary>
    public static double WordDice(string left, string right)
    {
        var a = ContentWords(left);
        var b = ContentWords(right);
        if (a.Length + b.Length == 0)
        {
            return 0;
        }

        var remaining = b.ToList();
        var shared = a.Count(word => remaining.Remove(word));
        return 2.0 * shared / (a.Length + b.Length);
    }

    /// <summary>The text with number words and Roman numerals as digits ("volume two" → "volume 2").</summary>
    public static string NumbersAsDigits(string normalized) =>
        Number().Replace(normalized, match => NumberWords.GetValueOrDefault(match.Value) ?? match.Value);

    private static string[] ContentWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var content = words.Where(word => !StopWords.Contains(word)).ToArray();
        return content.Length == 0 ? words : content;
    }

    /// <summary>Whether both texts carry the same numbers: digit runs, number words one..twelve and Roman numerals II..XII as words ("two" = "2" = "II").</summary>
    public static bool SameNumbers(string left, string right) =>
        Numbers(left).SequenceEqual(Numbers(right), StringComparer.Ordinal);

    private static IEnumerable<string> Numbers(string normalized) =>
        Number().Matches(normalized)
            .Select(match => NumberWords.GetValueOrDefault(match.Value) ?? (match.Value.TrimStart('0') is { Length: > 0 } digits ? digits : "0"))
            .Order(StringComparer.Ordinal);

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    // Roman numerals from II: "I" is a pronoun and "X", "V" are letters in too many names to count as numbers.
    [GeneratedRegex(@"\d+|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|ii|iii|iv|vi|vii|viii|ix|xi|xii)\b")]
    private static partial Regex Number();
}
