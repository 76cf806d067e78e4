using System.Globalization;
using BudgetLedger.EventStore.Storage;
using Npgsql;
using static BudgetLedger.EventStore.PostgreSql.PostgreSqlRows;

namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>
/// Makes the ledger's schema and applies the numbered scripts under Schema/ it has not seen (tracked in its
/// schema_version table), all in one transaction under an advisory lock, so racing first connections make it once.
/// </summary>
internal static class PostgreSqlSchema
{
    private const string Prefix = "BudgetLedger.EventStore.PostgreSql.Schema.";

    public static async Task Migrate(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock(hashtext('budget-ledger:{schema}'));"
            + $"CREATE SCHEMA IF NOT EXISTS \"{schema}\"; SET LOCAL search_path TO \"{schema}\";"
            + "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);", cancellationToken);
        await using (var read = Command(connection, transaction, "SELECT coalesce(max(version), 0) FROM "
            + "schema_version;"))
        {
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken),
                CultureInfo.InvariantCulture);
            foreach (var (version, sql) in Scripts().Where(s => s.Version > current))
            {
                await Execute(connection, transaction, sql, cancellationToken);
                if (version == 1)
                {
                    await PostgreSqlSummary.WriteEmpty(connection, transaction, cancellationToken);
                }

                await Execute(connection, transaction, $"INSERT INTO schema_version VALUES ({version});",
                    cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IEnumerable<(int Version, string Sql)> Scripts() =>
        SchemaScripts.Of(typeof(PostgreSqlSchema).Assembly, Prefix);
}
