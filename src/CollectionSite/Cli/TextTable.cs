using System.Text;
using Spectre.Console;

namespace CollectionSite.Cli;

/// <summary>
/// A table of the summary, drawn to suit the console: a Spectre table with borders and colour on a terminal (ANSI
/// support), plain space-aligned columns otherwise (a CI log, a pipe, a file: nothing but text, no control sequences
/// and no box-drawing). Cells are plain text, never markup.
/// </summary>
/// <param name="rightAligned">Per column, whether it holds figures (aligned right).</param>
public sealed class TextTable(IReadOnlyList<string> headers, IReadOnlyList<bool> rightAligned)
{
    private readonly List<string[]> rows = [];

    public TextTable AddRow(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public void Write(IAnsiConsole console, string title)
    {
        if (console.Profile.Capabilities.Ansi)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
            for (var i = 0; i < headers.Count; i++)
            {
                // Only the last column (a note) wraps on a narrow terminal: names and figures stay on one line.
                table.AddColumn(new TableColumn(Markup.Escape(headers[i])) { Alignment = rightAligned[i] ? Justify.Right : Justify.Left, NoWrap = i < headers.Count - 1 });
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            console.Write(table);
            return;
        }

        console.WriteLine(title);
        foreach (var line in PlainLines())
        {
            console.WriteLine(line);
        }
    }

    /// <summary>The header and each row, columns padded to their widest cell and two spaces apart, trailing spaces trimmed.</summary>
    public IEnumerable<string> PlainLines()
    {
        var all = rows.Prepend([.. headers]).ToList();
        var widths = Enumerable.Range(0, headers.Count).Select(i => all.Max(row => i < row.Length ? row[i].Length : 0)).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder("  ");
            for (var i = 0; i < headers.Count; i++)
            {
                var cell = i < row.Length ? row[i] : string.Empty;
                line.Append(rightAligned[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i])).Append("  ");
            }

            yield return line.ToString().TrimEnd();
        }
    }
}
