using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Tests.Fakes;

/// <summary>
/// EVERY table of a state database as sorted text rows ("table|column=value|..."), found from sqlite_master so a new
/// table or column is compared without a change here. Only the columns named in the excluded set
/// ("table.column", or "table.*" for a whole table) are left out (the excluded set): the caller names each and says why.
/// </summary>
public static class DatabaseSnapshot
{
    public static IReadOnlyList<string> Read(string databasePath, IReadOnlySet<string> excluded)
    {
        var rows = new List<string>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").Select(r => r[0]))
        {
            if (excluded.Contains(table + ".*"))
            {
                continue;
            }

            var columns = Query(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid").Select(r => r[0]).Where(c => !excluded.Contains($"{table}.{c}")).ToList();
            var select = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
            rows.AddRange(Query(connection, select).Select(values => table + "|" + string.Join('|', columns.Zip(values, (c, v) => $"{c}={v}"))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The tables and their columns, "table.column", for checking that every excluded name exists.</summary>
    public static IReadOnlySet<string> Columns(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return Query(connection, "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
    }

    private static List<string[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Text(reader.GetValue(i)))]);
        }

        return rows;
    }

    private static string Text(object value) => value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
