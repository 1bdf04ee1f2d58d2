using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Storage;

/// <summary>
/// Applies embedded migrations named NNN_description.sql in order. PRAGMA user_version records the last
/// one applied; each migration and its version bump commit together, so a crash never half-applies one.
/// </summary>
internal static class Migrator
{
    public static IReadOnlyList<(int Version, string Name)> Available { get; } = Discover();

    /// <exception cref="StateDatabaseException">The database was written by a newer CollectionSite; nothing was changed.</exception>
    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var current = Convert.ToInt32(await connection.ScalarAsync("PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
        var newest = Available.Count == 0 ? 0 : Available[^1].Version;
        if (current > newest)
        {
            throw StateDatabaseProblems.Newer(Path.GetFullPath(connection.DataSource), current, newest);
        }

        foreach (var (version, name) in Available.Where(m => m.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(ReadScript(name), cancellationToken, transaction);
            await connection.ExecuteAsync($"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)};", cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static List<(int Version, string Name)> Discover() =>
        typeof(Migrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n["Migrations.".Length..].Split('_')[0], CultureInfo.InvariantCulture), Name: n))
            .OrderBy(m => m.Version)
            .ToList();

    private static string ReadScript(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded migration {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
