using System.Collections.Immutable;
using System.Globalization;
using BudgetLedger.Projections.ReadModels;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.Projections.Storage;

/// <summary>
/// The projections' own SQLite file: unit views, the checkpoint (last global position folded) and faults.
/// <see cref="Commit"/> writes a batch's changed views, faults and new checkpoint in one transaction.
/// </summary>
public sealed partial class ReadModelStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private ReadModelStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path,
            Pooling = false }.ToString());
        _connection.Open();
        // NORMAL in WAL mode keeps every commit atomic; a power cut may lose the last commits, which the
        // checkpoint then replays from the log. The read models are derived data, so that is exact and cheaper.
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        if (UserVersion() != SchemaVersion)
        {
            // Read models are derived: a file of another shape is dropped and rebuilt from the log.
            RecreateIfOutdated();
        }
    }

    private int UserVersion(SqliteTransaction? transaction = null)
    {
        using var version = _connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Empties the read models and gives them to <paramref name="ledgerId"/>, unless their origin is no longer
    /// <paramref name="seen"/> (another process rebuilt them meanwhile: checked under the write lock).
    /// </summary>
    public bool RecreateFor(string ledgerId, LogPoint? seen)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
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
    /// Recreates a file of another shape, unless another process brought it to this shape meanwhile (under the write
    /// lock).
    /// </summary>
    private void RecreateIfOutdated()
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        if (UserVersion(transaction) == SchemaVersion)
        {
            return;
        }

        Rebuild(transaction);
        transaction.Commit();
    }

    private void Rebuild(SqliteTransaction transaction)
    {
        Execute("DROP TABLE IF EXISTS units; DROP TABLE IF EXISTS unit_years; DROP TABLE IF EXISTS checkpoint; "
            + "DROP TABLE IF EXISTS faults; DROP TABLE IF EXISTS trace_facts; DROP TABLE IF EXISTS directory_facts; "
            + "DROP TABLE IF EXISTS published_tables;",
            transaction);
        Execute(Schema(), transaction);
        Execute($"PRAGMA user_version = {SchemaVersion};", transaction);
    }

    /// <summary>
    /// The log these read models were folded from, and the event they were folded up to; null when nothing was.
    /// </summary>
    public LogPoint? Origin() => OriginIn(null);

    private LogPoint? OriginIn(SqliteTransaction? transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT ledger_id, position, stream_id, stream_revision, hash FROM checkpoint WHERE id "
            + "= 1;";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new LogPoint(reader.GetString(0), (ulong)reader.GetInt64(1), reader.IsDBNull(2) ? null
                : reader.GetString(2),
                reader.IsDBNull(3) ? 0 : (ulong)reader.GetInt64(3), reader.IsDBNull(4) ? []
                    : reader.GetFieldValue<byte[]>(4))
            : null;
    }

    /// <summary>Empty read models that belong to this ledger (before anything is folded into them).</summary>
    public void Claim(string ledgerId) => Claim(ledgerId, null);

    private void Claim(string ledgerId, SqliteTransaction? transaction)
    {
        using var save = _connection.CreateCommand();
        save.Transaction = transaction;
        save.CommandText = "INSERT INTO checkpoint (id, position, ledger_id) VALUES (1, 0, $ledger) "
            + "ON CONFLICT (id) DO UPDATE SET ledger_id = excluded.ledger_id;";
        save.Parameters.AddWithValue("$ledger", ledgerId);
        save.ExecuteNonQuery();
    }

    private const int SchemaVersion = 10;

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

    public string Path { get; }

    public static ReadModelStore Open(string path) => new(path);

    /// <summary>Where the read models of a ledger file live by default: beside it.</summary>
    public static string PathFor(string ledgerPath) => ledgerPath + ".readmodels";

    /// <summary>
    /// Removes a read-model file with its WAL and shared-memory files (they are derived: the log rebuilds them).
    /// </summary>
    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    public ulong Checkpoint()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT position FROM checkpoint WHERE id = 1;";
        return command.ExecuteScalar() is long p ? (ulong)p : 0UL;
    }

    /// <summary>
    /// A unit's view with every year's figures, without the tables as published (reports read one year's with
    /// <see cref="Log.TablesAsPublished"/>).
    /// </summary>
    public UnitView? Unit(string unitId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name, code, last_position, links FROM units WHERE unit_id = $id;";
        command.Parameters.AddWithValue("$id", unitId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var links = System.Text.Json.JsonSerializer.Deserialize<UnitLinks>(reader.GetFieldValue<byte[]>(3), ViewJson)!;
        return WithYears(new UnitView(unitId) { Name = reader.IsDBNull(0) ? null
            : reader.GetString(0), Code = reader.IsDBNull(1) ? null
            : reader.GetString(1), LastPosition = (ulong)reader.GetInt64(2), Lineage = links.Lineage,
            Aliases = links.Aliases });
    }

    /// <summary>The fiscal years any unit has figures for.</summary>
    public IReadOnlyCollection<int> Years()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT year FROM unit_years;";
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
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM units;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<UnitView> Units() => UnitNames().Select(WithYears).ToList();

    /// <summary>Every unit's id, name and code, without its years (cheap, for choosing one).</summary>
    public IReadOnlyList<UnitView> UnitNames()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT unit_id, name, code, last_position FROM units ORDER BY unit_id;";
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
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT year, state FROM unit_years WHERE unit_id = $id ORDER BY year;";
        command.Parameters.AddWithValue("$id", unit.UnitId);
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
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT position, type, error FROM faults ORDER BY position;";
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
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT tables FROM published_tables WHERE unit_id = $id AND year = $year;";
        command.Parameters.AddWithValue("$id", unitId);
        command.Parameters.AddWithValue("$year", year);
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

    /// <summary>
    /// Writes the batch's changed units (only the years each touched), faults and new checkpoint in one transaction.
    /// </summary>
    public void Commit(LogPoint checkpoint, IEnumerable<(UnitView View, IReadOnlyDictionary<int,
        byte[]> ChangedYears)> changed, IEnumerable<ProjectionFault> faults, FactsToCommit? facts = null)
    {
        using var transaction = _connection.BeginTransaction();
        if (facts is not null)
        {
            WriteFacts(facts, transaction);
        }

        using (var unit = _connection.CreateCommand())
        using (var year = _connection.CreateCommand())
        {
            unit.Transaction = transaction;
            unit.CommandText = "INSERT INTO units (unit_id, name, code, last_position, links) VALUES ($id, $name, "
                + "$code, $pos, $links) ON CONFLICT (unit_id) DO UPDATE SET name = excluded.name, code = "
                + "excluded.code, last_position = excluded.last_position, links = excluded.links;";
            var (id, name, code, pos) = (unit.Parameters.Add("$id", SqliteType.Text), unit.Parameters.Add("$name",
                SqliteType.Text), unit.Parameters.Add("$code", SqliteType.Text), unit.Parameters.Add("$pos",
                SqliteType.Integer));
            var links = unit.Parameters.Add("$links", SqliteType.Blob);
            year.Transaction = transaction;
            year.CommandText = "INSERT INTO unit_years (unit_id, year, state) VALUES ($id, $year, $state) ON "
                + "CONFLICT (unit_id, year) DO UPDATE SET state = excluded.state;";
            var (yearId, yearNumber, state) = (year.Parameters.Add("$id", SqliteType.Text),
                year.Parameters.Add("$year", SqliteType.Integer), year.Parameters.Add("$state", SqliteType.Blob));
            foreach (var (view, years) in changed)
            {
                (id.Value, name.Value, code.Value, pos.Value) = (view.UnitId, (object?)view.Name
                    ?? DBNull.Value, (object?)view.Code ?? DBNull.Value, checked((long)view.LastPosition));
                links.Value = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new UnitLinks(view.Lineage,
                    view.Aliases), ViewJson);
                unit.ExecuteNonQuery();
                foreach (var (y, json) in years)
                {
                    (yearId.Value, yearNumber.Value, state.Value) = (view.UnitId, y, json);
                    year.ExecuteNonQuery();
                }
            }
        }

        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR REPLACE INTO faults (position, type, error) VALUES ($pos, $type, $error);";
            var pos = insert.Parameters.Add("$pos", SqliteType.Integer);
            var type = insert.Parameters.Add("$type", SqliteType.Text);
            var error = insert.Parameters.Add("$error", SqliteType.Text);
            foreach (var fault in faults)
            {
                (pos.Value, type.Value, error.Value) = (checked((long)fault.Position), fault.Type, fault.Error);
                insert.ExecuteNonQuery();
            }
        }

        using (var save = _connection.CreateCommand())
        {
            save.Transaction = transaction;
            save.CommandText = """
                INSERT INTO checkpoint (id, position, ledger_id, stream_id, stream_revision, hash)
                VALUES (1, $pos, $ledger, $stream, $revision, $hash)
                ON CONFLICT (id) DO UPDATE SET position = excluded.position, ledger_id = excluded.ledger_id,
                    stream_id = excluded.stream_id, stream_revision = excluded.stream_revision, hash = excluded.hash;
                """;
            save.Parameters.AddWithValue("$pos", checked((long)checkpoint.Position));
            save.Parameters.AddWithValue("$ledger", checkpoint.LedgerId);
            save.Parameters.AddWithValue("$stream", (object?)checkpoint.Stream ?? DBNull.Value);
            save.Parameters.AddWithValue("$revision", checked((long)checkpoint.Revision));
            save.Parameters.AddWithValue("$hash", checkpoint.Hash);
            save.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private sealed record UnitLinks(ImmutableList<LineageFigure> Lineage, ImmutableList<AliasFigure> Aliases);

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Schema()
    {
        using var stream = typeof(ReadModelStore).Assembly
            .GetManifestResourceStream("BudgetLedger.Projections.Storage.Schema.001_read_models.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
