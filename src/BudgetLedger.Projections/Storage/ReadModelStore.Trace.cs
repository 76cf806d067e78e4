using System.Data.Common;
using BudgetLedger.Domain.Projects;
using BudgetLedger.Projections.ReadModels;

namespace BudgetLedger.Projections.Storage;

/// <summary>The trace facts and the directory: written with a batch's views, read by trace.</summary>
public abstract partial class ReadModelStore
{
    public static byte[] Serialize(TraceFact fact) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(fact,
        ViewJson);

    private void WriteFacts(FactsToCommit facts, DbTransaction transaction)
    {
        using var trace = Rows("INSERT INTO trace_facts (unit_id, position, ordinal, project_key, code, fact, "
            + "metadata) VALUES (@unit, @position, @ordinal, @key, @code, @fact, @metadata) ON CONFLICT (unit_id, "
            + "position, ordinal) DO UPDATE SET project_key = excluded.project_key, code = excluded.code, "
            + "fact = excluded.fact, metadata = excluded.metadata;", transaction,
            "@unit", "@position", "@ordinal", "@key", "@code", "@fact", "@metadata");
        foreach (var (unit, fact, json, metadata) in facts.Trace)
        {
            trace.Add(unit, checked((long)fact.Position), fact.Ordinal,
                fact.Project is { } project ? ProjectNameKey.Of(project) : null, fact.Code, json, metadata);
        }

        trace.Flush();
        WriteTables(facts.Tables, transaction);
        using var directory = Rows("INSERT INTO directory_facts (position, kind, unit_id, document, fact, "
            + "metadata) VALUES (@position, @kind, @unit, @document, @fact, @metadata) ON CONFLICT (position) DO "
            + "UPDATE SET kind = excluded.kind, unit_id = excluded.unit_id, document = excluded.document, "
            + "fact = excluded.fact, metadata = excluded.metadata;", transaction,
            "@position", "@kind", "@unit", "@document", "@fact", "@metadata");
        foreach (var fact in facts.Directory)
        {
            directory.Add(checked((long)fact.Position), (int)fact.Kind, fact.NamedUnit, fact.DocumentSha256,
                System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(fact, ViewJson), fact.Metadata);
        }

        directory.Flush();
    }

    private void WriteTables(IReadOnlyList<StoredTables> tables, DbTransaction transaction)
    {
        using var rows = Rows("INSERT INTO published_tables (unit_id, year, position, tables) VALUES (@unit, "
            + "@year, @position, @tables) ON CONFLICT (unit_id, year, position) DO UPDATE SET tables = "
            + "excluded.tables;", transaction, "@unit", "@year", "@position", "@tables");
        foreach (var (unit, year, position, blob) in tables)
        {
            rows.Add(unit, year, checked((long)position), blob);
        }

        rows.Flush();
    }

    /// <summary>
    /// The facts naming a project whose key is one of <paramref name="keys"/>, of any unit or of these.
    /// </summary>
    public IReadOnlyList<UnitTraceFact> ProjectFacts(IReadOnlyCollection<string> keys,
        IReadOnlyCollection<string>? units = null)
    {
        if (keys.Count == 0 || units is { Count: 0 })
        {
            return [];
        }

        using var command = Command("");
        command.CommandText = "SELECT unit_id, fact, metadata FROM trace_facts WHERE project_key IN ("
            + List(command, "@k", keys) + ")" + (units is null ? "" : " AND unit_id IN (" + List(command, "@u", units)
            + ")") + " ORDER BY position, ordinal, unit_id;";
        return ReadFacts(command);
    }

    /// <summary>The facts of these units on a functional class line or any line under it.</summary>
    public IReadOnlyList<UnitTraceFact> LineFacts(IReadOnlyCollection<string> units, string code)
    {
        if (units.Count == 0)
        {
            return [];
        }

        using var command = Command("");
        command.CommandText = "SELECT unit_id, fact, metadata FROM trace_facts WHERE unit_id IN ("
            + List(command, "@u", units) + ") AND code >= @code AND code < @below "
            + "ORDER BY position, ordinal, unit_id;";
        Add(command, "@code", code);
        Add(command, "@below", code + ":");
        return ReadFacts(command);
    }

    /// <summary>Every directory fact of a kind, in log order.</summary>
    public IReadOnlyList<DirectoryFact> Directory(DirectoryFactKind kind) =>
        ReadDirectory("WHERE kind = @kind ORDER BY position", ("@kind", (int)kind));

    /// <summary>The disclosures and renames that name a unit, in log order.</summary>
    public IReadOnlyList<DirectoryFact> Naming(string unitId) => ReadDirectory("WHERE kind IN ("
        + $"{(int)DirectoryFactKind.Disclosed}, {(int)DirectoryFactKind.Renamed}) AND unit_id = @unit "
        + "ORDER BY position", ("@unit", unitId));

    /// <summary>
    /// The file a document was imported from, by its SHA-256; null when the ledger holds no such document.
    /// </summary>
    public string? DocumentFileName(string sha256) =>
        ReadDirectory("WHERE document = @sha ORDER BY position LIMIT 1", ("@sha", sha256)).FirstOrDefault()?.FileName;

    private IReadOnlyList<DirectoryFact> ReadDirectory(string where, (string Name, object Value) parameter)
    {
        using var command = Command("SELECT fact, metadata FROM directory_facts " + where + ";");
        Add(command, parameter.Name, parameter.Value);
        using var reader = command.ExecuteReader();
        var facts = new List<DirectoryFact>();
        while (reader.Read())
        {
            facts.Add(System.Text.Json.JsonSerializer.Deserialize<DirectoryFact>(reader.GetFieldValue<byte[]>(0),
                ViewJson)! with { Metadata = reader.GetFieldValue<byte[]>(1) });
        }

        return facts;
    }

    private static List<UnitTraceFact> ReadFacts(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var facts = new List<UnitTraceFact>();
        while (reader.Read())
        {
            var fact = System.Text.Json.JsonSerializer.Deserialize<TraceFact>(reader.GetFieldValue<byte[]>(1),
                ViewJson)!;
            facts.Add(new UnitTraceFact(reader.GetString(0), fact, reader.GetFieldValue<byte[]>(2)));
        }

        return facts;
    }

    private static string List(DbCommand command, string prefix, IEnumerable<string> values) =>
        string.Join(", ", values.Select((v, i) => Add(command, $"{prefix}{i}", v).ParameterName));
}
