using System.Text;

namespace BudgetLedger.Faults.Fixtures;

/// <summary>
/// A copy of the template ledger (without read models, so the projections must read the row) whose first
/// budget appropriation of 209105 is spoiled in place, as someone with the file and sqlite3 could.
/// </summary>
public static class CorruptLedger
{
    private const string Row = """
        (SELECT position FROM events WHERE type = 'V1.BudgetAppropriated'
         ORDER BY CAST(data AS TEXT) LIKE '%209105%' DESC, position LIMIT 1)
        """;

    public static string Create(TemplateLedger template, string folder, Corruption corruption)
    {
        var path = template.CopyTo(folder, "corrupt.db", withReadModels: false);
        var data = Sqlite.ReadBlob(path, $"SELECT data FROM events WHERE position = {Row}")
            ?? throw new SetupException("the template ledger holds no V1.BudgetAppropriated event to corrupt");
        var (column, value) = corruption switch
        {
            Corruption.GarbageBytes => ("data", (object)Enumerable.Range(0, 64).Select(i => (byte)(255 - i)).ToArray()),
            Corruption.TruncatedJson => ("data", data[..(data.Length / 2)]),
            Corruption.WrongShape => ("data", Encoding.UTF8.GetBytes("""{"unexpected":[1,2,3]}""")),
            _ => ("type", "V9.NobodyWroteThis"),
        };
        Sqlite.Execute(path,
            $"DROP TRIGGER events_are_immutable; UPDATE events SET {column} = $value WHERE position = {Row};",
            ("$value", value));
        return path;
    }
}
