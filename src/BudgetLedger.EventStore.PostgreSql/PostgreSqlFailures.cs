using System.Net.Sockets;
using Npgsql;

namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>
/// The server away, refusing the login or missing the database: one <see cref="StoreUnavailableException"/> naming
/// the server, never a hang (connection timeout 5 s unless the address sets one) and never a retry here.
/// </summary>
internal static class PostgreSqlFailures
{
    private static readonly HashSet<string> Refusals = new(StringComparer.Ordinal)
    {
        PostgresErrorCodes.InvalidPassword, PostgresErrorCodes.InvalidAuthorizationSpecification,
        PostgresErrorCodes.InvalidCatalogName, PostgresErrorCodes.InsufficientPrivilege,
        PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CannotConnectNow, PostgresErrorCodes.TooManyConnections,
    };

    public static async Task<T> Guard<T>(PostgreSqlConnection server, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (PostgresException e) when (Refusals.Contains(e.SqlState))
        {
            throw new StoreUnavailableException($"{server}: the server refused: {e.MessageText}", e);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            var why = e.InnerException is SocketException or TimeoutException or IOException
                ? e.InnerException.Message : e.Message;
            throw new StoreUnavailableException($"{server}: cannot reach the server: {why}",
                e);
        }
        catch (TimeoutException e)
        {
            throw new StoreUnavailableException($"{server}: the server did not answer: {e.Message}", e);
        }
    }
}
