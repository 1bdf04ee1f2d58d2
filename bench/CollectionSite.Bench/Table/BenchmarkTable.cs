using System.Diagnostics;

namespace CollectionSite.Bench;

/// <summary>
/// Issue #14's one benchmark table: every figure measured in this run against its reference measured in the same run,
/// beside its goal, met or missed; the machine's facts and how busy it was printed with it. Each section's progress is
/// printed as it runs; a section that cannot run (a tool missing, a run failing) shows as "not measured" with its
/// reason and the others still run.
/// </summary>
internal static class BenchmarkTable
{
    public const string Mode = "table";

    public const string Usage = """
          table [--quick] [--scale S] [--only SECTIONS] [--keep]   (the default when no mode is given)
            --quick         small sizes for a quick check that every row runs (their figures are not the goals' sizes)
            --scale S       every rate-limit window divided by S (default 30; --quick 60)
            --only SECTIONS comma-separated subset of: harvest, site, artwork, memory
            --keep          keep the temp folder and print its path
        """;

    private delegate Task<IReadOnlyList<TableRow>> Section(TableSizes sizes, string root, CancellationToken cancellationToken);

    private static readonly (string Name, Section Measure)[] Sections =
    [
        ("harvest", HarvestRows.MeasureAsync),
        ("site", SiteRows.MeasureAsync),
        ("artwork", ArtworkAndMemoryRows.MeasureArtworkAsync),
        ("memory", ArtworkAndMemoryRows.MeasureMemoryAsync),
    ];

    /// <returns>0 when every goal is met (with --quick, whose sizes are not the goals': when every row was measured), 1 otherwise.</returns>
    public static async Task<int> RunAsync(BenchArguments args)
    {
        var sizes = TableSizes.From(args);
        var only = args.Option("--only")?.Split(',');
        var root = Path.Combine(Path.GetTempPath(), $"collectionsite-table-{Guid.NewGuid():N}");
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        var machine = new MachineFacts();
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"benchmark table{(args.Has("--quick") ? " (--quick: small sizes, not the goals' sizes)" : "")}; machine: {MachineFacts.Describe()}");
        Console.WriteLine($"load average (1/5/15 min) at start: {machine.StartLoad}");

        var rows = new List<TableRow>();
        foreach (var (name, measure) in Sections.Where(section => only is null || only.Contains(section.Name)))
        {
            Console.WriteLine();
            Console.WriteLine($"== {name} ({watch.Elapsed.TotalMinutes:F1} min in, load {MachineFacts.LoadAverages()})");
            IReadOnlyList<TableRow> measured;
            try
            {
                measured = await measure(sizes, Path.Combine(root, name), cancellation.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Console.WriteLine($"{name}: not measured: {e}");
                measured = [TableRow.NotMeasured($"{name} rows", new Goal("-", _ => false), e.Message)];
            }

            // Each section's rows as soon as they are known, so an interrupted run still shows what it measured.
            TablePrinter.Print(measured, Console.Out);
            rows.AddRange(measured);

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        Console.WriteLine();
        TablePrinter.Print(rows, Console.Out);
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant(
            $"{rows.Count(row => row.Met)} of {rows.Count} goals met; {watch.Elapsed.TotalMinutes:F1} min; rate limits ÷ {sizes.Scale:0.##}; load average (1/5/15 min) at start {machine.StartLoad}, at end {MachineFacts.LoadAverages()}; other processes used {machine.OthersShare()} of the {Environment.ProcessorCount} cores meanwhile"));
        Console.WriteLine("Other work on the machine slows wall-time figures (all of them but the counts): read a miss next to the load and the other processes' share, and see bench/README.md.");
        Finish(root, args.Has("--keep"));
        return rows.All(row => args.Has("--quick") ? row.Problem is null : row.Met) ? 0 : 1;
    }

    private static void Finish(string root, bool keep)
    {
        if (keep)
        {
            Console.WriteLine($"kept {root}");
        }
        else if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
