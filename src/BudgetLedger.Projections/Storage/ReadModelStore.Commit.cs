using System.Data.Common;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Storage;

/// <summary>A batch's views, faults and checkpoint, written in one transaction.</summary>
public abstract partial class ReadModelStore
{
    /// <summary>
    /// Writes the batch's changed units (only the years each touched), faults and new checkpoint in one transaction,
    /// if the stored checkpoint is still <paramref name="after"/>, the one the batch was folded from, of the ledger
    /// <paramref name="checkpoint"/> names.
    /// </summary>
    /// <exception cref="CheckpointMovedException">
    /// another writer moved the checkpoint, or gave the read models to another ledger: nothing was written
    /// </exception>
    public void Commit(ulong after, LogPoint checkpoint, IEnumerable<(UnitView View, IReadOnlyDictionary<int,
        byte[]> ChangedYears)> changed, IEnumerable<ProjectionFault> faults, FactsToCommit? facts = null)
    {
        using var transaction = BeginWrite();
        var stored = OriginIn(transaction);
        if ((stored?.Position ?? 0) != after)
        {
            throw new CheckpointMovedException(Where, after, stored?.Position ?? 0);
        }

        if (stored?.LedgerId is { } owner && owner != checkpoint.LedgerId)
        {
            throw new CheckpointMovedException(Where, after, after, owner);
        }

        if (facts is not null)
        {
            WriteFacts(facts, transaction);
        }

        WriteUnits(changed, transaction);
        WriteFaults(faults, transaction);
        SaveCheckpoint(checkpoint, transaction);
        transaction.Commit();
    }

    private void WriteUnits(IEnumerable<(UnitView View, IReadOnlyDictionary<int, byte[]> ChangedYears)> changed,
        DbTransaction transaction)
    {
        using var units = Rows("INSERT INTO units (unit_id, name, code, last_position, links) VALUES (@id, @name, "
            + "@code, @pos, @links) ON CONFLICT (unit_id) DO UPDATE SET name = excluded.name, code = "
            + "excluded.code, last_position = excluded.last_position, links = excluded.links;", transaction,
            "@id", "@name", "@code", "@pos", "@links");
        using var years = Rows("INSERT INTO unit_years (unit_id, year, state) VALUES (@id, @year, @state) ON "
            + "CONFLICT (unit_id, year) DO UPDATE SET state = excluded.state;", transaction, "@id", "@year", "@state");
        foreach (var (view, changedYears) in changed)
        {
            units.Add(view.UnitId, view.Name, view.Code, checked((long)view.LastPosition),
                System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new UnitLinks(view.Lineage, view.Aliases),
                    ViewJson));
            foreach (var (number, json) in changedYears)
            {
                years.Add(view.UnitId, number, json);
            }
        }

        units.Flush();
        years.Flush();
    }

    private void WriteFaults(IEnumerable<ProjectionFault> faults, DbTransaction transaction)
    {
        using var rows = Rows("INSERT INTO faults (position, type, error) VALUES (@pos, @type, @error) "
            + "ON CONFLICT (position) DO UPDATE SET type = excluded.type, error = excluded.error;", transaction,
            "@pos", "@type", "@error");
        foreach (var fault in faults)
        {
            rows.Add(checked((long)fault.Position), fault.Type, fault.Error);
        }

        rows.Flush();
    }

    private void SaveCheckpoint(LogPoint checkpoint, DbTransaction transaction)
    {
        using var save = Command("""
            INSERT INTO checkpoint (id, position, ledger_id, stream_id, stream_revision, hash)
            VALUES (1, @pos, @ledger, @stream, @revision, @hash)
            ON CONFLICT (id) DO UPDATE SET position = excluded.position, ledger_id = excluded.ledger_id,
                stream_id = excluded.stream_id, stream_revision = excluded.stream_revision, hash = excluded.hash;
            """, transaction);
        Add(save, "@pos", checked((long)checkpoint.Position));
        Add(save, "@ledger", checkpoint.LedgerId);
        Add(save, "@stream", checkpoint.Stream);
        Add(save, "@revision", checked((long)checkpoint.Revision));
        Add(save, "@hash", checkpoint.Hash);
        save.ExecuteNonQuery();
    }

    protected DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        if (transaction is null && _snapshot is null)
        {
            Reopened();
        }

        var command = Connection.CreateCommand();
        command.Transaction = transaction ?? _snapshot;
        command.CommandText = sql;
        return command;
    }

    protected void Execute(string sql, DbTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>An adapter's SQL script, embedded in its assembly.</summary>
    protected static string Script(Type adapter, string resource)
    {
        using var stream = adapter.Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in {adapter.Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Opens again a connection a server dropped (restarted, or the network went), before a call that starts afresh:
    /// the call before failed with the server's error; this one goes on.
    /// </summary>
    protected void Reopened()
    {
        if (Connection.State != System.Data.ConnectionState.Open)
        {
            Connection.Close();
            Connection.Open();
        }
    }

    protected static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
        command.Parameters.Add(parameter);
        return parameter;
    }

    private RowWriter Rows(string sql, DbTransaction transaction, params string[] names) =>
        new(Connection, transaction, sql, names);
}
