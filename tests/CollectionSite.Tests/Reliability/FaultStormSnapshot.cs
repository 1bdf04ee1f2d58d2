using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Reliability;

/// <summary>
/// Two states compared as a whole: every row of every table as sorted text, without the columns that say WHEN (named
/// *_utc: runs differ in time by nature) and without the tables that log runs or cache downloads (<see cref="Skipped"/>);
/// and the site folder as relative path → bytes.
/// </summary>
public static class FaultStormSnapshot
{
    /// <summary>Run bookkeeping (runs, meta) and the download cache (a storm fetches URLs an undisturbed run never asks).</summary>
    public static readonly string[] Skipped = ["runs", "meta", "artwork_downloads", "schema_version", "sqlite_sequence"];

    public static IReadOnlyList<string> Database(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => r[0]).Except(Skipped).ToList();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            var columns = Query(connection, $"SELECT name FROM pragma_table_info('{table}')").Select(r => r[0]).Where(c => !c.EndsWith("_utc", StringComparison.Ordinal)).ToList();
            rows.AddRange(Query(connection, $"SELECT {string.Join(", ", columns)} FROM {table}").Select(r => $"{table}|{string.Join('|', Timeless(table, r))}"));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>
    /// The site's files, relative path → bytes, with the one field meant to differ between runs taken out: a page's
    /// <c>lastmod</c> (when its data last changed, so the time of the run that changed it); and so the ownership manifest,
    /// whose hashes cover it, is compared by its file list only.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Site(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => f.EndsWith(".md", StringComparison.Ordinal) ? WithoutLastmod(File.ReadAllText(f))
                : Path.GetFileName(f) == ".collectionsite-files.json" ? ManifestPaths(File.ReadAllText(f))
                : File.ReadAllBytes(f),
            StringComparer.Ordinal);

    /// <summary>render_files keeps each written file's hash; a page's covers its lastmod (see <see cref="Site"/>), so it is left out.</summary>
    private static string[] Timeless(string table, string[] row) =>
        table == "render_files" && row[0].EndsWith(".md", StringComparison.Ordinal) ? [row[0]] : row;

    private static byte[] WithoutLastmod(string text) =>
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("lastmod:", StringComparison.Ordinal))));

    private static byte[] ManifestPaths(string json) =>
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', System.Text.Json.Nodes.JsonNode.Parse(json)!["files"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)));

    public static List<string[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }
}
