using CollectionSite.Export;
using CollectionSite.Tests.Fakes;
using CsvHelper;

namespace CollectionSite.Tests.Export;

/// <summary>The CSV a spreadsheet opens: a text field that starts like a formula is shown, never run.</summary>
public sealed class CsvExportTests
{
    [Test]
    public async Task WriteAsync_FormulaLikeText_PrefixedWithAnApostropheOtherTextUnchanged()
    {
        var row = new ExportRow(
            1, 2, "@SUM(A1:A9)", "=HYPERLINK(\"https://example.invalid\")", 1999, null, ["+Label"], ["-7"], ["Vinyl, LP"], ["Électronique"], [],
            null, TestClock.Start, 5, [], null, "pending", null, "pending", [], false);
        using var stream = new MemoryStream();

        await CsvExport.WriteAsync(stream, [row], CancellationToken.None);

        using var reader = CsvReader.Create(stream.ToArray());
        Assert.That(reader.Read(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetString("artist"), Is.EqualTo("'@SUM(A1:A9)"));
            Assert.That(reader.GetString("title"), Is.EqualTo("'=HYPERLINK(\"https://example.invalid\")"));
            Assert.That(reader.GetString("labels"), Is.EqualTo("'+Label"));
            Assert.That(reader.GetString("catalog_numbers"), Is.EqualTo("'-7"));
            Assert.That(reader.GetString("formats"), Is.EqualTo("Vinyl, LP"));
            Assert.That(reader.GetString("genres"), Is.EqualTo("Électronique"));
            Assert.That(reader.GetString("date_added"), Is.EqualTo("2026-01-15T12:00:00Z"));
            Assert.That(reader.GetString("rating"), Is.EqualTo("5"));
        });
    }
}
