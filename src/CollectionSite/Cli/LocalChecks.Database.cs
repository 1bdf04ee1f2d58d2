using CollectionSite.Storage;
using Microsoft.Data.Sqlite;

namespace CollectionSite.Cli;

/// <summary>The state database line of `doctor`: read, never created, migrated or repaired.</summary>
public static partial class LocalChecks
{
    public static async Task<DoctorCheck> StateDatabaseAsync(string stateFolder, CancellationToken cancellationToken)
    {
        const string Subject = "state database";
        var file = Path.GetFullPath(Path.Combine(stateFolder, StateDatabase.FileName));
        if (!File.Exists(file))
        {
            return DoctorCheck.Pass(Subject, $"{file} does not exist yet (the first build creates it)");
        }

        // ReadWrite, not ReadWriteCreate and no pool: the check opens exactly this file and leaves nothing open.
        var builder = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        try
        {
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken);
            var verdict = await StateDatabaseProblems.CheckAsync(connection, file, cancellationToken);
            if (verdict != "ok")
            {
                return DoctorCheck.Fail(Subject, $"{file} is damaged ({verdict})", StateDatabaseProblems.RestoreFix(file));
            }

            return await StateDatabaseProblems.NewerSchemaAsync(connection, cancellationToken) is var (schema, known)
                ? DoctorCheck.Fail(Subject, $"{file} was written by a newer CollectionSite (schema {schema}, this build knows {known})", StateDatabaseProblems.NewerFix(file))
                : DoctorCheck.Pass(Subject, $"{file} passed the integrity check");
        }
        catch (SqliteException ex)
        {
            return DoctorCheck.Fail(Subject, $"{file} cannot be opened ({ex.Message})", StateDatabaseProblems.RestoreFix(file));
        }
    }
}
