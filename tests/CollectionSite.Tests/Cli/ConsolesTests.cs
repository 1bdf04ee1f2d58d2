using CollectionSite.Cli;
using Spectre.Console;

namespace CollectionSite.Tests.Cli;

/// <summary>Redirected standard output (a CI log, a pipe, $GITHUB_STEP_SUMMARY) is never hard-wrapped.</summary>
public sealed class ConsolesTests
{
    [Test]
    public void ForStandardOutput_Redirected_LongPlainAndMarkupLinesStayOneLine()
    {
        using var output = new StringWriter();
        var console = Consoles.ForStandardOutput(output, redirected: true);
        var words = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i:000}"));

        console.WriteLine(words);
        console.MarkupLine(Markup.Escape(words));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        Assert.That(words, Has.Length.GreaterThan(450));
        Assert.That(lines, Is.EqualTo(new[] { words, words }));
    }

    [Test]
    public void ForStandardOutput_Redirected_TableOnlyAsWideAsItsCells()
    {
        using var output = new StringWriter();
        var console = Consoles.ForStandardOutput(output, redirected: true);

        console.Write(new Table().AddColumns("A", "B").AddRow("1", "2"));

        Assert.That(output.ToString().Split('\n').Max(line => line.TrimEnd('\r').Length), Is.LessThan(20));
    }
}
