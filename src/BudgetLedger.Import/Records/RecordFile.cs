using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;
using System.Globalization;
using System.Text.RegularExpressions;
using BudgetLedger.Domain.Classification;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BudgetLedger.Import.Records;

/// <summary>
/// A file of changes entered by hand (function transfers, renames, project aliases, budget adjustments,
/// corrections), each entry citing its basis. Every entry is checked against the ledger before anything
/// is written; the first broken rule is reported with file, entry, field and rule.
/// </summary>
public static partial class RecordFile
{
    public const string Format = """
        { "recordedBy": "who enters these", "entries": [ {
            "id": "a-slug", "type": "transfer|rename|alias|adjustment|correction",
            "basis": { "document": "file or SHA-256 in the ledger", "table": "…", "line": 362, "quote": "the sentence relied on" },
            transfer:   "from", "to", "year", "function", "lines": [ { "project": "…", "class": "2080107", "amount": "53.23" } ], "decidedBy"
            rename:     "unit", "newName", "newCode", "successor" (the unit the ledger holds under the new name), "year"
            alias:      "unit", "project", "aliases": [ "…" ]
            adjustment: "unit", "year", "class", "className", "fundSource", "expenditureKind", "kind": "supplement|reduction", "amount", "reason"
            correction: "unit", "event" (event id), "reason"
          } ] }
        Amounts are in 万元 unless "amountUnit": "元".
        """;

    public static IReadOnlyList<RecordedChange> Read(string file, string json, UnitDirectory ledger)
    {
        JObject root;
        try
        {
            root = JObject.Parse(json);
        }
        catch (JsonReaderException ex)
        {
            throw new RecordException($"{file}: not JSON: {ex.Message}");
        }

        var recordedBy = JsonText.Of(root, "recordedBy",
            rule => new RecordException($"{file}: recordedBy: {rule}")) is { Length: > 0 } by
            ? by
            : throw new RecordException($"{file}: recordedBy: required (who enters these records)");
        if (root["entries"] is not JArray { Count: > 0 } entries)
        {
            throw new RecordException($"{file}: entries: required, a non-empty list");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<RecordedChange>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = new Entry(file, i, entries[i] as JObject
                ?? throw RecordException.At(file, i, null, "entry", "must be an object"), ledger);
            if (!ids.Add(entry.Id))
            {
                throw entry.Error("id", "used by an earlier entry of this file");
            }

            changes.Add(entry.Change(recordedBy));
        }

        return changes;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,80}$")]
    private static partial Regex Slug();

    private sealed class Entry(string file, int index, JObject json, UnitDirectory ledger)
    {
        public string Id { get; } = JsonText.Of(json, "id", rule => RecordException.At(file, index, null, "id",
            rule)) is { } id && Slug().IsMatch(id) ? id
            : throw RecordException.At(file, index, null, "id", "required: 1-81 characters of a-z, 0-9 and '-', "
                + "starting with a letter or digit");

        public RecordException Error(string field, string rule) => RecordException.At(file, index, Id, field, rule);

        public RecordedChange Change(string recordedBy)
        {
            var provenance = Basis(recordedBy);
            return Optional("type") switch
            {
                "transfer" => Transfer(provenance),
                "rename" => Rename(provenance),
                "alias" => Alias(provenance),
                "adjustment" => Adjustment(provenance),
                "correction" => Correction(provenance),
                var other => throw Error("type", $"'{other}' is not one of transfer, rename, alias, adjustment, "
                    + "correction"),
            };
        }

        private RecordedChange Transfer(Provenance provenance)
        {
            var (from, to, year) = (Unit("from"), Unit("to"), Year());
            if (from.Id == to.Id)
            {
                throw Error("to", "a transfer needs two different units");
            }

            ExistedBy(from, year, "from");
            ExistedBy(to, year, "to");
            if (json["lines"] is not JArray { Count: > 0 } lines)
            {
                throw Error("lines", "required: the projects or lines that move, each with its amount");
            }

            var moved = lines.Select((l, n) => l is JObject line
                ? new TransferredLine(
                    Optional("project", line, $"lines[{n}].") is { Length: > 0 } p ? p
                        : throw Error($"lines[{n}].project", "required"),
                    Optional("class", line, $"lines[{n}].") is { } code
                        ? FunctionalClass.Of(Code(code, $"lines[{n}].class"), Optional("className", line,
                            $"lines[{n}].") ?? "")
                        : null,
                    Money(line, $"lines[{n}].amount"))
                : throw Error($"lines[{n}]", "must be an object")).ToList();
            var function = Text("function");
            return new(Id, new FunctionTransferred(from.Id, to.Id, year, function, moved, Optional("decidedBy")),
                year, provenance);
        }

        private RecordedChange Rename(Provenance provenance)
        {
            var (unit, year) = (Unit("unit"), Year());
            ExistedBy(unit, year, "unit");
            var newName = Text("newName");
            KnownUnit? successor = json["successor"] is null ? null : Unit("successor");
            if (successor?.Id == unit.Id)
            {
                throw Error("successor", "names the renamed unit itself; leave it out when the ledger holds no other "
                    + "id for the new name");
            }

            return new(Id, new UnitRenamed(unit.Id, unit.Name, newName, Optional("newCode"), year,
                Optional("decidedBy"), successor?.Id), year, provenance);
        }

        private RecordedChange Alias(Provenance provenance)
        {
            var unit = Unit("unit");
            var aliases = json["aliases"] is JArray { Count: > 0 } list && list.All(a => a.Type == JTokenType.String
                && a.Value<string>()!.Length > 0)
                ? list.Select(a => a.Value<string>()!).ToList()
                : throw Error("aliases", "required: a list of the other names of the project");
            return new(Id, new ProjectAliasRecorded(unit.Id, Text("project"), aliases),
                new FiscalYear(unit.FirstYear), provenance);
        }

        private RecordedChange Adjustment(Provenance provenance)
        {
            var (unit, year) = (Unit("unit"), Year());
            ExistedBy(unit, year, "unit");
            var kind = Optional("kind") switch
            {
                "supplement" => AdjustmentKind.Supplement,
                "reduction" => AdjustmentKind.Reduction,
                var other => throw Error("kind", $"'{other}' is not supplement (追加) or reduction (调减)"),
            };
            var fund = Enum.TryParse<FundSource>(Optional("fundSource")
                ?? "generalPublicBudget", ignoreCase: true, out var f) ? f
                : throw Error("fundSource", $"not one of {string.Join(", ", Enum.GetNames<FundSource>())}");
            var spending = Enum.TryParse<ExpenditureKind>(Optional("expenditureKind")
                ?? "", ignoreCase: true, out var k) ? k
                : throw Error("expenditureKind",
                $"required, one of {string.Join(", ", Enum.GetNames<ExpenditureKind>())}");
            var line = FunctionalClass.Of(Code(Text("class"), "class"), Optional("className") ?? "");
            return new(Id, new BudgetAdjusted(unit.Id, year, line, fund, spending, kind, Money(json, "amount"),
                Text("reason")), year, provenance);
        }

        private RecordedChange Correction(Provenance provenance)
        {
            var unit = Unit("unit");
            var eventId = Guid.TryParse(Optional("event"), out var g) ? g : throw Error("event", "required: the id "
                + "of the event to reverse (see `log`)");
            var target = ledger.Event(eventId) ?? throw Error("event", $"no event {eventId} in the ledger");
            if (!target.Units.Contains(unit.Id))
            {
                throw Error("event", $"event {eventId} ({target.Type}) is not about {unit.Name}");
            }

            return new(Id, new EventReversed(eventId, target.Type, Text("reason"), target.Units),
                new FiscalYear(unit.FirstYear), provenance);
        }

        private Provenance Basis(string recordedBy)
        {
            if (json["basis"] is not JObject basis)
            {
                throw Error("basis", "required: the document and sentence (or table) the entry rests on");
            }

            var quote = Optional("quote", basis, "basis.") is { Length: > 0 } q ? q
                : throw Error("basis.quote", "required: the sentence or table row relied on");
            string? sha = null;
            if (Optional("document", basis, "basis.") is { } document)
            {
                sha = ledger.Document(document)?.DocumentSha256 ?? throw Error("basis.document", $"'{document}' is "
                    + "not a document in the ledger (import it first)");
            }

            return new Provenance(Provenance.ManualSource, sha, Optional("table", basis, "basis."), Line(basis),
                recordedBy, quote);
        }

        /// <summary>basis.line: a line of the document, 1 to 10,000,000, when given.</summary>
        private int? Line(JObject basis) => basis["line"] switch
        {
            null or { Type: JTokenType.Null } => null,
            { Type: JTokenType.Integer } t when long.TryParse(t.ToString(), out var n)
                && n is >= 1 and <= 10_000_000 => (int)n,
            var t => throw Error("basis.line", $"{t.ToString(Formatting.None)} is not a line number (a whole number "
                + "from 1 to 10,000,000)"),
        };

        /// <summary>A text field, null when absent; any other JSON type is an error naming the field.</summary>
        private string? Optional(string field, JObject? owner = null, string prefix = "") =>
            JsonText.Of(owner ?? json, field, rule => Error(prefix + field, rule));

        private KnownUnit Unit(string field)
        {
            var reference = Optional(field) ?? throw Error(field, "required: a unit's code, ledger id or name");
            var (unit, error) = ledger.Resolve(reference);
            return unit ?? throw Error(field, error!);
        }

        private FiscalYear Year() =>
            json["year"] is { Type: JTokenType.Integer } y && long.TryParse(y.ToString(), out var n)
                && n is >= FiscalYear.Earliest and <= FiscalYear.Latest
                ? new FiscalYear((int)n)
                : throw Error("year", $"required: the fiscal year it takes effect, {FiscalYear.Earliest} to "
                    + $"{FiscalYear.Latest} (e.g. 2026)");

        private void ExistedBy(KnownUnit unit, FiscalYear year, string field)
        {
            if (year.Value < unit.FirstYear)
            {
                throw Error("year", $"{year.Value} is before {unit.Name} ({field}) existed in the ledger: its first "
                    + $"year is {unit.FirstYear}");
            }
        }

        private string Text(string field) => Optional(field) is { Length: > 0 } text ? text
            : throw Error(field, "required");

        private string Code(string code, string field) =>
            FunctionalClassCode.TryParse(code, out _) ? code : throw Error(field, $"'{code}' is not a functional "
                + "class code (3, 5 or 7 digits)");

        private Amount Money(JObject owner, string field)
        {
            var token = owner[field.Split('.')[^1]];
            var text = token?.Type switch
            {
                JTokenType.String => token.Value<string>(),
                JTokenType.Integer or JTokenType.Float => token.ToString(Formatting.None),
                _ => null,
            };
            if (!decimal.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture, out var value))
            {
                throw Error(field, "required: an amount such as \"53.23\"");
            }

            if (value <= 0)
            {
                throw Error(field, $"{text} is not positive: the direction is the entry's (transfer from → to, "
                    + "supplement or reduction), the amount is never negative");
            }

            var amount = Optional("amountUnit") switch
            {
                null or "万元" => Amount.TenThousandYuan(value),
                "元" => Amount.Yuan(value),
                var other => throw Error("amountUnit", $"'{other}' is not 元 or 万元"),
            };
            if (!amount.IsWithinBounds)
            {
                throw Error(field, $"{text} is beyond any budget: at most {Amount.MaxYuan:N0} 元");
            }

            return decimal.Round(amount.InYuan, 2) == amount.InYuan
                ? amount
                : throw Error(field, $"{text} is finer than a fen (0.01 "
                    + $"元{(amount.Unit == AmountUnit.TenThousandYuan ? ", 0.000001 万元" : "")})");
        }
    }
}
