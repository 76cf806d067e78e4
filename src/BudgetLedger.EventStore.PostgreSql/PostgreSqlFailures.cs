using System.Net.Sockets;
using Npgsql;

namespace BudgetLedger.EventStore.PostgreSql;

/// <summary>
/// The server away, refusing the login or missing the database: one <see cref="StoreUnavailableException"/> naming
/// the server, never a hang (connection timeout 5 s unless the address sets one) and never a retry here.
/// </summary>
public static class PostgreSqlFailures
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
        catch (Exception e) when (Unavailable(server, e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    public static T Guard<T>(PostgreSqlConnection server, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (Unavailable(server, e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>
    /// The error as one naming the server, when it says the server is away or refused; null otherwise.
    /// </summary>
    public static StoreUnavailableException? Unavailable(PostgreSqlConnection server, Exception e) => e switch
    {
        PostgresException p when Refusals.Contains(p.SqlState) =>
            new StoreUnavailableException($"{server}: the server refused: {p.MessageText}", e),
        NpgsqlException and not PostgresException => new StoreUnavailableException($"{server}: cannot reach the "
            + $"server: {(e.InnerException is SocketException or TimeoutException or IOException
                ? e.InnerException.Message : e.Message)}", e),
        TimeoutException => new StoreUnavailableException($"{server}: the server did not answer: {e.Message}", e),
        _ => null,
    };
}
