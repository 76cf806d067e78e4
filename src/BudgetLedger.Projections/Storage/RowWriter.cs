using System.Data.Common;

namespace BudgetLedger.Projections.Storage;

/// <summary>
/// One statement run for many rows: in batches of <see cref="BatchSize"/> where the provider takes batches (one
/// round trip each on a server), else row by row (SQLite runs in process: a row costs no round trip).
/// </summary>
internal sealed class RowWriter : IDisposable
{
    public const int BatchSize = 500;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _sql;
    private readonly string[] _names;
    private readonly DbCommand? _single;
    private DbBatch? _batch;

    public RowWriter(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        (_connection, _transaction, _sql, _names) = (connection, transaction, sql, names);
        if (!connection.CanCreateBatch)
        {
            _single = connection.CreateCommand();
            (_single.Transaction, _single.CommandText) = (transaction, sql);
            foreach (var name in names)
            {
                _single.Parameters.Add(Parameter(_single.CreateParameter(), name, null));
            }
        }
    }

    public void Add(params object?[] values)
    {
        if (_single is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _single.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            _single.ExecuteNonQuery();
            return;
        }

        _batch ??= NewBatch();
        var command = _batch.CreateBatchCommand();
        command.CommandText = _sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.Add(Parameter(command.CreateParameter(), _names[i], values[i]));
        }

        _batch.BatchCommands.Add(command);
        if (_batch.BatchCommands.Count == BatchSize)
        {
            Flush();
        }
    }

    /// <summary>Runs the rows still held; call it before the transaction commits.</summary>
    public void Flush()
    {
        if (_batch is { } batch)
        {
            _batch = null;
            using (batch)
            {
                batch.ExecuteNonQuery();
            }
        }
    }

    public void Dispose()
    {
        _single?.Dispose();
        _batch?.Dispose();
    }

    private DbBatch NewBatch()
    {
        var batch = _connection.CreateBatch();
        batch.Transaction = _transaction;
        return batch;
    }

    private static DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
        return parameter;
    }
}
