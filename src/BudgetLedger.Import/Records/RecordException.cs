namespace BudgetLedger.Import.Records;

/// <summary>
/// A record file or entry broke a rule: names the file, the entry, the field and the rule. Nothing was written.
/// </summary>
public sealed class RecordException(string message) : Exception(message)
{
    public static RecordException At(string file, int index, string? id, string field, string rule) =>
        new($"{file}: entry {index + 1}{(id is null ? "" : $" ('{id}')")}: {field}: {rule}");
}
