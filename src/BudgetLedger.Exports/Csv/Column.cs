namespace BudgetLedger.Exports.Csv;

/// <summary>A CSV column: its header and its Table Schema type (string, integer, number, year).</summary>
public sealed record Column(string Name, string Type = "string")
{
    public static Column Integer(string name) => new(name, "integer");

    public static Column Number(string name) => new(name, "number");

    public static Column Year(string name) => new(name, "year");
}
