using static System.FormattableString;

namespace CollectionSite.Bench;

/// <summary>A goal on one figure, and how it reads in the table ("≥ 0.95").</summary>
internal sealed record Goal(string Text, Func<double, bool> IsMetBy)
{
    public static Goal AtLeast(double threshold, string unit = "") => new(Invariant($"≥ {threshold}{unit}"), value => value >= threshold);

    public static Goal AtMost(double threshold, string unit = "") => new(Invariant($"≤ {threshold}{unit}"), value => value <= threshold);

    public static Goal Below(double threshold, string unit = "") => new(Invariant($"< {threshold}{unit}"), value => value < threshold);

}

/// <summary>
/// One line of the table: the figure, what was measured (the value the goal is checked on first), the reference it
/// was measured against in the same run, and the goal; or, when the measurement could not be made, why.
/// </summary>
internal sealed record TableRow(string Figure, double Value, string Measured, string Reference, Goal Goal)
{
    public string? Problem { get; init; }

    public bool Met => Problem is null && Goal.IsMetBy(Value);

    public string Verdict => Problem is not null ? "not measured" : Met ? "met" : "MISSED";

    /// <summary>The rows of a section that could not be measured, each saying why.</summary>
    public static TableRow NotMeasured(string figure, Goal goal, string why) => new(figure, double.NaN, "-", why, goal) { Problem = why };
}

/// <summary>Prints rows as one Markdown table, columns padded so it also reads as plain text.</summary>
internal static class TablePrinter
{
    private static readonly string[] Headers = ["figure", "measured", "reference (same run)", "goal", "verdict"];

    public static void Print(IReadOnlyList<TableRow> rows, TextWriter output)
    {
        var cells = rows.Select(row => new[] { row.Figure, row.Measured, row.Reference, row.Goal.Text, row.Verdict }).ToList();
        var widths = Headers.Select((header, column) => cells.Select(cell => cell[column].Length).Append(header.Length).Max()).ToArray();
        output.WriteLine(Line(Headers, widths));
        output.WriteLine(Line([.. widths.Select(width => new string('-', width))], widths));
        foreach (var cell in cells)
        {
            output.WriteLine(Line(cell, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) => "| " + string.Join(" | ", cells.Select((cell, i) => cell.PadRight(widths[i]))) + " |";
}
