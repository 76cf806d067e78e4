using System.Data.Common;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Storage;

/// <summary>A batch's views, faults and checkpoint, written in one transaction.</summary>
public abstract partial class ReadModelStore
{
    /// <summary>
    /// Writes the batch's changed units (only the years each touched), faults and new checkpoint in one transaction,
    /// if the stored checkpoint is still <paramref name="after"/>, the one the batch was folded from.
    /// </summary>
    /// <exception cref="CheckpointMovedException">another writer moved the checkpoint: nothing was written</exception>
    public void Commit(ulong after, LogPoint checkpoint, IEnumerable<(UnitView View, IReadOnlyDictionary<int,
        byte[]> ChangedYears)> changed, IEnumerable<ProjectionFault> faults, FactsToCommit? facts = null)
    {
        using var transaction = BeginWrite();
        if (CheckpointIn(transaction) is var stored && stored != after)
        {
            throw new CheckpointMovedException(Where, after, stored);
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
        using var unit = Command("INSERT INTO units (unit_id, name, code, last_position, links) VALUES (@id, @name, "
            + "@code, @pos, @links) ON CONFLICT (unit_id) DO UPDATE SET name = excluded.name, code = "
            + "excluded.code, last_position = excluded.last_position, links = excluded.links;", transaction);
        var u = Parameters(unit, "@id", "@name", "@code", "@pos", "@links");
        using var year = Command("INSERT INTO unit_years (unit_id, year, state) VALUES (@id, @year, @state) ON "
            + "CONFLICT (unit_id, year) DO UPDATE SET state = excluded.state;", transaction);
        var y = Parameters(year, "@id", "@year", "@state");
        foreach (var (view, years) in changed)
        {
            (u[0].Value, u[1].Value, u[2].Value) = (view.UnitId, (object?)view.Name ?? DBNull.Value,
                (object?)view.Code ?? DBNull.Value);
            u[3].Value = checked((long)view.LastPosition);
            u[4].Value = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new UnitLinks(view.Lineage,
                view.Aliases), ViewJson);
            unit.ExecuteNonQuery();
            foreach (var (number, json) in years)
            {
                (y[0].Value, y[1].Value, y[2].Value) = (view.UnitId, number, json);
                year.ExecuteNonQuery();
            }
        }
    }

    private void WriteFaults(IEnumerable<ProjectionFault> faults, DbTransaction transaction)
    {
        using var insert = Command("INSERT INTO faults (position, type, error) VALUES (@pos, @type, @error) "
            + "ON CONFLICT (position) DO UPDATE SET type = excluded.type, error = excluded.error;", transaction);
        var p = Parameters(insert, "@pos", "@type", "@error");
        foreach (var fault in faults)
        {
            (p[0].Value, p[1].Value, p[2].Value) = (checked((long)fault.Position), fault.Type, fault.Error);
            insert.ExecuteNonQuery();
        }
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
        var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    protected static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value ?? DBNull.Value);
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static DbParameter[] Parameters(DbCommand command, params string[] names) =>
        names.Select(n => Add(command, n, null)).ToArray();
}
