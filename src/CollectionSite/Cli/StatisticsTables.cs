using System.Globalization;
using CollectionSite.Statistics;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>The terminal form of the statistics: one Spectre table per breakdown, the same rows as <see cref="StatisticsText"/>.</summary>
public static class StatisticsTables
{
    public static void Write(IAnsiConsole console, CollectionStatistics statistics)
    {
        var totals = new Table().Title("Collection").AddColumn("").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (name, value) in StatisticsText.Totals(statistics.Totals))
        {
            totals.AddRow(Markup.Escape(name), Number(value));
        }

        console.Write(totals);
        foreach (var (title, noun, breakdown) in StatisticsText.Sections(statistics))
        {
            var table = new Table().Title(Markup.Escape(title)).AddColumn(Markup.Escape(noun)).AddColumn(new TableColumn("Releases").RightAligned());
            foreach (var row in breakdown.Top)
            {
                table.AddRow(Markup.Escape(row.Name), Number(row.Releases));
            }

            if (StatisticsText.Note(breakdown, noun) is { } note)
            {
                table.Caption(Markup.Escape(note));
            }

            console.Write(table);
        }

        var months = new Table().Title("Additions per month").AddColumn("Month")
            .AddColumn(new TableColumn("Copies added").RightAligned()).AddColumn(new TableColumn("Total owned").RightAligned());
        foreach (var month in statistics.Months)
        {
            months.AddRow(month.Month, Number(month.Added), Number(month.Total));
        }

        console.Write(months);
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
