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
            rows.AddRange(Query(connection, $"SELECT {string.Join(", ", columns)} FROM {table}").Select(r => $"{table}|{string.Join('|', r)}"));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public static IReadOnlyDictionary<string, byte[]> Site(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

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
