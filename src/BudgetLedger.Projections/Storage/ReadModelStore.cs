using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Storage;

/// <summary>
/// The read-model port: unit views, the checkpoint (last global position folded), faults, trace and directory facts.
/// <see cref="Commit"/> writes a batch's changed views, faults and new checkpoint in one transaction. The SQL here is
/// shared by the adapters (<see cref="Sqlite.SqliteReadModels"/>, a PostgreSQL one); each says how a write is locked
/// and how its tables are made.
/// </summary>
public abstract partial class ReadModelStore : IDisposable
{
    protected ReadModelStore(DbConnection connection) => Connection = connection;

    protected DbConnection Connection { get; }

    /// <summary>Where the read models are, for messages (a file's path, a server without its password).</summary>
    public abstract string Where { get; }

    /// <summary>Begins a transaction that holds the read models' write lock until it ends.</summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>Drops every table and makes them again, empty, at this version's shape.</summary>
    protected abstract void Rebuild(DbTransaction transaction);

    public const int SchemaVersion = 10;

    /// <summary>
    /// Empties the read models and gives them to <paramref name="ledgerId"/>, unless their origin is no longer
    /// <paramref name="seen"/> (another process rebuilt them meanwhile: checked under the write lock).
    /// </summary>
    public bool RecreateFor(string ledgerId, LogPoint? seen)
    {
        using var transaction = BeginWrite();
        if (!Equals(OriginIn(transaction), seen))
        {
            return false;
        }

        Rebuild(transaction);
        Claim(ledgerId, transaction);
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// The log these read models were folded from, and the event they were folded up to; null when nothing was.
    /// </summary>
    public LogPoint? Origin() => OriginIn(null);

    private LogPoint? OriginIn(DbTransaction? transaction)
    {
        using var command = Command("SELECT ledger_id, position, stream_id, stream_revision, hash FROM checkpoint "
            + "WHERE id = 1;", transaction);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new LogPoint(reader.GetString(0), (ulong)reader.GetInt64(1), reader.IsDBNull(2) ? null
                : reader.GetString(2),
                reader.IsDBNull(3) ? 0 : (ulong)reader.GetInt64(3), reader.IsDBNull(4) ? []
                    : reader.GetFieldValue<byte[]>(4))
            : null;
    }

    /// <summary>Empty read models that belong to this ledger (before anything is folded into them).</summary>
    public void Claim(string ledgerId)
    {
        using var transaction = BeginWrite();
        Claim(ledgerId, transaction);
        transaction.Commit();
    }

    private void Claim(string ledgerId, DbTransaction transaction)
    {
        using var save = Command("INSERT INTO checkpoint (id, position, ledger_id) VALUES (1, 0, @ledger) "
            + "ON CONFLICT (id) DO UPDATE SET ledger_id = excluded.ledger_id;", transaction);
        Add(save, "@ledger", ledgerId);
        save.ExecuteNonQuery();
    }

    /// <summary>
    /// Read models are derived data, not events: System.Text.Json serializes them several times faster.
    /// </summary>
    /// <remarks>
    /// Chinese text is written as UTF-8, not escaped (a third of the bytes; the JSON is never put in HTML).
    /// </remarks>
    private static readonly System.Text.Json.JsonSerializerOptions ViewJson = new() { PropertyNamingPolicy =
        System.Text.Json.JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>The read models' JSON, for what carries them elsewhere (a cluster's messages).</summary>
    public static System.Text.Json.JsonSerializerOptions JsonOptions => ViewJson;

    public ulong Checkpoint() => CheckpointIn(null);

    private ulong CheckpointIn(DbTransaction? transaction)
    {
        using var command = Command("SELECT position FROM checkpoint WHERE id = 1;", transaction);
        return command.ExecuteScalar() is { } p and not DBNull ? Convert.ToUInt64(p, CultureInfo.InvariantCulture)
            : 0UL;
    }

    /// <summary>
    /// A unit's view with every year's figures, without the tables as published (reports read one year's with
    /// <see cref="Log.TablesAsPublished"/>).
    /// </summary>
    public UnitView? Unit(string unitId)
    {
        using var command = Command("SELECT name, code, last_position, links FROM units WHERE unit_id = @id;");
        Add(command, "@id", unitId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var links = System.Text.Json.JsonSerializer.Deserialize<UnitLinks>(reader.GetFieldValue<byte[]>(3), ViewJson)!;
        var unit = new UnitView(unitId) { Name = reader.IsDBNull(0) ? null
            : reader.GetString(0), Code = reader.IsDBNull(1) ? null
            : reader.GetString(1), LastPosition = (ulong)reader.GetInt64(2), Lineage = links.Lineage,
            Aliases = links.Aliases };
        reader.Close();
        return WithYears(unit);
    }

    /// <summary>The fiscal years any unit has figures for.</summary>
    public IReadOnlyCollection<int> Years()
    {
        using var command = Command("SELECT DISTINCT year FROM unit_years;");
        using var reader = command.ExecuteReader();
        var years = new HashSet<int>();
        while (reader.Read())
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }

    public int UnitCount()
    {
        using var command = Command("SELECT count(*) FROM units;");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<UnitView> Units() => UnitNames().Select(WithYears).ToList();

    /// <summary>Every unit's id, name and code, without its years (cheap, for choosing one).</summary>
    public IReadOnlyList<UnitView> UnitNames()
    {
        using var command = Command("SELECT unit_id, name, code, last_position FROM units ORDER BY unit_id;");
        using var reader = command.ExecuteReader();
        var units = new List<UnitView>();
        while (reader.Read())
        {
            units.Add(new UnitView(reader.GetString(0)) { Name = reader.IsDBNull(1) ? null
                : reader.GetString(1), Code = reader.IsDBNull(2) ? null
                : reader.GetString(2), LastPosition = (ulong)reader.GetInt64(3) });
        }

        return units;
    }

    private UnitView WithYears(UnitView unit)
    {
        using var command = Command("SELECT year, state FROM unit_years WHERE unit_id = @id ORDER BY year;");
        Add(command, "@id", unit.UnitId);
        using var reader = command.ExecuteReader();
        var years = ImmutableSortedDictionary.CreateBuilder<int, YearView>();
        while (reader.Read())
        {
            years[reader.GetInt32(0)] = Deserialize(reader.GetFieldValue<byte[]>(1));
        }

        return unit with { Years = years.ToImmutable() };
    }

    public IReadOnlyList<ProjectionFault> Faults()
    {
        using var command = Command("SELECT position, type, error FROM faults ORDER BY position;");
        using var reader = command.ExecuteReader();
        var faults = new List<ProjectionFault>();
        while (reader.Read())
        {
            faults.Add(new ProjectionFault((ulong)reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return faults;
    }

    /// <summary>A year as stored: its figures, packed (its tables as published are stored as they come).</summary>
    public static byte[] Serialize(YearView year) => CompressedJson.Pack(year with { PublishedTables = [] }, ViewJson);

    public static byte[] Serialize(IReadOnlyList<PositionedTable> tables) => CompressedJson.Pack(tables, ViewJson);

    /// <summary>
    /// Where a year's tables as published are in the log, in the order they count (a table published again counts
    /// at its last position); <see cref="Log.TablesAsPublished"/> reads them from there.
    /// </summary>
    public IReadOnlyList<ulong> TablePositions(string unitId, int year)
    {
        using var command = Command("SELECT tables FROM published_tables WHERE unit_id = @id AND year = @year;");
        Add(command, "@id", unitId);
        Add(command, "@year", year);
        using var reader = command.ExecuteReader();
        var tables = new List<PositionedTable>();
        while (reader.Read())
        {
            tables.AddRange(CompressedJson.Unpack<List<PositionedTable>>(reader.GetFieldValue<byte[]>(0), ViewJson));
        }

        return tables.GroupBy(t => (t.DocumentSha256, t.Ordinal)).Select(g => g.Max(t => t.Position)).Order()
            .ToList();
    }

    private static YearView Deserialize(byte[] blob) => CompressedJson.Unpack<YearView>(blob, ViewJson);

    private sealed record UnitLinks(ImmutableList<LineageFigure> Lineage, ImmutableList<AliasFigure> Aliases);

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
