using Newtonsoft.Json.Linq;

namespace BudgetLedger.Faults.Families;

/// <summary>Record files the template ledger accepts; each mutation spoils one field of one of them.</summary>
public static class RecordFileBases
{
    private const string Basis = """
        "basis": { "document": "2022-shanxi-work-injury-center-budget.txt", "table": "项目支出表", "line": 120,
                   "quote": "a sentence the fault suite relies on" }
        """;

    public static JObject Adjustment() => JObject.Parse($$"""
        { "recordedBy": "fault suite", "entries": [ {
            "id": "fault-adjustment", "type": "adjustment", "unit": "209105", "year": 2022,
            "class": "2080107", "className": "事业运行", "fundSource": "generalPublicBudget",
            "expenditureKind": "projectExpenditure", "kind": "supplement", "amount": "10.00", "reason": "fault suite",
            {{Basis}} } ] }
        """);

    public static JObject Transfer() => JObject.Parse($$"""
        { "recordedBy": "fault suite", "entries": [ {
            "id": "fault-transfer", "type": "transfer", "from": "209105", "to": "209100", "year": 2023,
            "function": "a duty the fault suite moves",
            "lines": [ { "project": "fault suite project", "class": "2080107", "amount": "1.00" } ],
            {{Basis}} } ] }
        """);

    /// <summary>`record adjustment` from options, the same entry as <see cref="Adjustment"/>.</summary>
    public static readonly IReadOnlyList<(string Option, string Value)> AdjustmentOptions =
    [
        ("--id", "fault-adjustment"), ("--recorded-by", "fault suite"), ("--basis-quote", "a sentence"),
        ("--unit", "209105"), ("--year", "2022"), ("--class", "2080107"), ("--class-name", "事业运行"),
        ("--expenditure-kind", "projectExpenditure"), ("--kind", "supplement"), ("--amount", "10.00"),
        ("--reason", "fault suite"),
    ];
}
