namespace BudgetLedger.Domain.Records;

/// <summary>An entry the ledger refuses: the field and the rule it breaks.</summary>
public sealed class RecordRefusal(string field, string rule) : Exception($"{field}: {rule}")
{
    public string Field { get; } = field;

    public string Rule { get; } = rule;
}
