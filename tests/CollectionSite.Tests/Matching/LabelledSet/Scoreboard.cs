using System.Globalization;

namespace CollectionSite.Tests.Matching.LabelledSet;

/// <summary>
/// Precision and recall of one source over the labelled set. Precision = right matches ÷ matches made (a match
/// where the truth is "none" or another id is wrong); recall = right matches ÷ cases that have a true answer.
/// </summary>
public sealed class Scoreboard(string source)
{
    private readonly List<string> wrong = [];
    private readonly List<string> missed = [];

    public int Made { get; private set; }

    public int Right { get; private set; }

    public int Answerable { get; private set; }

    public double Precision => Made == 0 ? 1 : (double)Right / Made;

    public double Recall => Answerable == 0 ? 1 : (double)Right / Answerable;

    public void Add(string caseId, string? expected, string? matched, string? method)
    {
        if (expected is not null)
        {
            Answerable++;
        }

        if (matched is null)
        {
            if (expected is not null)
            {
                missed.Add(caseId);
            }

            return;
        }

        Made++;
        if (matched == expected)
        {
            Right++;
        }
        else
        {
            wrong.Add($"{caseId} ({method}: {matched}, expected {expected ?? "none"})");
        }
    }

    public string Report() => string.Create(
        CultureInfo.InvariantCulture,
        $"{source}: precision {Precision:0.000} ({Right}/{Made}), recall {Recall:0.000} ({Right}/{Answerable})"
        + $"{Environment.NewLine}  wrong: {(wrong.Count == 0 ? "none" : string.Join("; ", wrong))}"
        + $"{Environment.NewLine}  missed: {(missed.Count == 0 ? "none" : string.Join(", ", missed))}");

    public IReadOnlyList<string> Wrong => wrong;
}
