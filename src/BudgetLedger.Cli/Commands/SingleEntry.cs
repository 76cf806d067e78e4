using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Records;
using BudgetLedger.Import.Records;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// One record entry built from `record transfer|rename|alias|adjustment|correction` options, with the same field
/// rules as a record file; a bad option is refused naming its field.
/// </summary>
internal static class SingleEntry
{
    public static RecordEntry Of(string type, string id, RecordBasis basis, Func<string, string?> option,
        string[] items, string file)
    {
        try
        {
            string Required(string name) => option(name) is { Length: > 0 } value ? value
                : throw new RecordRefusal(Camel(name), Refusal(name));
            var year = () => RecordFields.Year(long.TryParse(option("year"), out var y) ? y : null);
            return type switch
            {
                "transfer" => new TransferEntry(id, basis, Required("from"), Required("to"), year(),
                    Required("function"), Lines(items), option("decided-by")),
                "rename" => new RenameEntry(id, basis, Required("unit"), year(), Required("new-name"),
                    option("new-code"), option("successor"), option("decided-by")),
                "alias" => new AliasEntry(id, basis, Required("unit"), Required("project"), items.Length > 0 ? items
                    : throw new RecordRefusal("aliases", "required: a list of the other names of the project")),
                "adjustment" => new AdjustmentEntry(id, basis, Required("unit"), year(), FunctionalClass.Of(
                    RecordFields.Code(Required("class"), "class"), option("class-name") ?? ""),
                    RecordFields.Fund(option("fund-source")), RecordFields.Spending(option("expenditure-kind")),
                    RecordFields.Kind(option("kind")), RecordFields.Money(option("amount"), null, "amount"),
                    Required("reason")),
                _ => new CorrectionEntry(id, basis, Required("unit"), RecordFields.Event(option("event")),
                    Required("reason")),
            };
        }
        catch (RecordRefusal refusal)
        {
            throw RecordException.At(file, 0, id, refusal.Field, refusal.Rule);
        }
    }

    private static string Refusal(string name) => name is "unit" or "from" or "to"
        ? "required: a unit's code, ledger id or name" : "required";

    /// <summary>--line NAME=AMOUNT or NAME=AMOUNT@CLASS, each a line that moves.</summary>
    private static List<TransferredLine> Lines(string[] items) => items.Length == 0
        ? throw new RecordRefusal("lines", "required: the projects or lines that move, each with its amount")
        : items.Select((text, n) =>
        {
            var (name, rest) = text.LastIndexOf('=') is var at and > 0 ? (text[..at], text[(at + 1)..]) : (text, "");
            var (amount, code) = rest.Split('@') is [var a, var c] ? (a, c) : (rest, null);
            return new TransferredLine(name.Length > 0 ? name : throw new RecordRefusal($"lines[{n}].project",
                "required"), code is null ? null : FunctionalClass.Of(RecordFields.Code(code, $"lines[{n}].class"),
                ""), RecordFields.Money(amount, null, $"lines[{n}].amount"));
        }).ToList();

    private static string Camel(string kebab) =>
        string.Concat(kebab.Split('-').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
