using BudgetLedger.Domain.Records;
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
    // A line too long for the source goes on after `""" + " " + """`: one space, on the same line of the text.
    public const string Format = """
        { "recordedBy": "who enters these", "entries": [ {
            "id": "a-slug", "type": "transfer|rename|alias|adjustment|correction",
            "basis": { "document": "file or SHA-256 in the ledger", "table": "…", "line": 362,
        """ + " " + """
        "quote": "the sentence relied on" },
            transfer:   "from", "to", "year", "function",
        """ + " " + """
        "lines": [ { "project": "…", "class": "2080107", "amount": "53.23" } ], "decidedBy"
            rename:     "unit", "newName", "newCode", "successor" (the unit the ledger holds under the new name), "year"
            alias:      "unit", "project", "aliases": [ "…" ]
            adjustment: "unit", "year", "class", "className", "fundSource", "expenditureKind",
        """ + " " + """
        "kind": "supplement|reduction", "amount", "reason"
            correction: "unit", "event" (event id), "reason"
          } ] }
        Amounts are in 万元 unless "amountUnit": "元".
        """;

    /// <summary>The file's entries, each decided against the ledger (<see cref="RecordDecision"/>).</summary>
    public static IReadOnlyList<RecordedChange> Read(string file, string json, UnitDirectory ledger)
    {
        var (recordedBy, entries) = Parse(file, json);
        return entries.Select((entry, i) => Decided(file, i, ledger, recordedBy, entry)).ToList();
    }

    /// <summary>One entry decided against the ledger; a refusal names the file, the entry and the field.</summary>
    public static RecordedChange Decided(string file, int index, UnitDirectory ledger, string recordedBy,
        RecordEntry entry)
    {
        try
        {
            return RecordDecision.Decide(ledger, recordedBy, entry);
        }
        catch (RecordRefusal refusal)
        {
            throw RecordException.At(file, index, entry.Id, refusal.Field, refusal.Rule);
        }
    }

    /// <summary>Who records and the entries as written, each checked for its shape (not against the ledger).</summary>
    public static (string RecordedBy, IReadOnlyList<RecordEntry> Entries) Parse(string file, string json)
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
        var parsed = new List<RecordEntry>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = new Entry(file, i, entries[i] as JObject
                ?? throw RecordException.At(file, i, null, "entry", "must be an object"));
            if (!ids.Add(entry.Id))
            {
                throw entry.Error("id", "used by an earlier entry of this file");
            }

            parsed.Add(entry.Parsed());
        }

        return (recordedBy, parsed);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,80}$")]
    private static partial Regex Slug();

    /// <summary>An entry's id: a slug naming its stream (record-&lt;id&gt;).</summary>
    public static string CheckedId(string file, int index, string? id) => id is not null && Slug().IsMatch(id) ? id
        : throw RecordException.At(file, index, null, "id", "required: 1-81 characters of a-z, 0-9 and '-', "
            + "starting with a letter or digit");

    private sealed class Entry(string file, int index, JObject json)
    {
        public string Id { get; } = CheckedId(file, index, JsonText.Of(json, "id",
            rule => RecordException.At(file, index, null, "id", rule)));

        public RecordException Error(string field, string rule) => RecordException.At(file, index, Id, field, rule);

        public RecordEntry Parsed()
        {
            try
            {
                return Shaped();
            }
            catch (RecordRefusal refusal)
            {
                throw Error(refusal.Field, refusal.Rule);
            }
        }

        private RecordEntry Shaped()
        {
            var provenance = Basis();
            return Optional("type") switch
            {
                "transfer" => Transfer(provenance),
                "rename" => Rename(provenance),
                "alias" => Alias(provenance),
                "adjustment" => Adjustment(provenance),
                "correction" => (RecordEntry)Correction(provenance),
                var other => throw Error("type", $"'{other}' is not one of transfer, rename, alias, adjustment, "
                    + "correction"),
            };
        }

        private TransferEntry Transfer(RecordBasis basis)
        {
            var (from, to, year) = (Reference("from"), Reference("to"), Year());
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
            return new(Id, basis, from, to, year, Text("function"), moved, Optional("decidedBy"));
        }

        private RenameEntry Rename(RecordBasis basis) => new(Id, basis, Reference("unit"), Year(), Text("newName"),
            Optional("newCode"), json["successor"] is null ? null : Reference("successor"), Optional("decidedBy"));

        private AliasEntry Alias(RecordBasis basis)
        {
            var unit = Reference("unit");
            var aliases = json["aliases"] is JArray { Count: > 0 } list && list.All(a => a.Type == JTokenType.String
                && a.Value<string>()!.Length > 0)
                ? list.Select(a => a.Value<string>()!).ToList()
                : throw Error("aliases", "required: a list of the other names of the project");
            return new(Id, basis, unit, Text("project"), aliases);
        }

        private AdjustmentEntry Adjustment(RecordBasis basis)
        {
            var (unit, year) = (Reference("unit"), Year());
            var kind = RecordFields.Kind(Optional("kind"));
            var fund = RecordFields.Fund(Optional("fundSource"));
            var spending = RecordFields.Spending(Optional("expenditureKind"));
            var line = FunctionalClass.Of(Code(Text("class"), "class"), Optional("className") ?? "");
            return new(Id, basis, unit, year, line, fund, spending, kind, Money(json, "amount"), Text("reason"));
        }

        private CorrectionEntry Correction(RecordBasis basis)
        {
            var unit = Reference("unit");
            var eventId = RecordFields.Event(Optional("event"));
            return new(Id, basis, unit, eventId, Text("reason"));
        }

        private RecordBasis Basis()
        {
            if (json["basis"] is not JObject basis)
            {
                throw Error("basis", "required: the document and sentence (or table) the entry rests on");
            }

            var quote = Optional("quote", basis, "basis.") is { Length: > 0 } q ? q
                : throw Error("basis.quote", "required: the sentence or table row relied on");
            return new RecordBasis(Optional("document", basis, "basis."), Optional("table", basis, "basis."),
                Line(basis), quote);
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

        private string Reference(string field) =>
            Optional(field) ?? throw Error(field, "required: a unit's code, ledger id or name");

        private FiscalYear Year() => RecordFields.Year(json["year"] is { Type: JTokenType.Integer } y
            && long.TryParse(y.ToString(), out var n) ? n : null);

        private string Text(string field) => Optional(field) is { Length: > 0 } text ? text
            : throw Error(field, "required");

        private static string Code(string code, string field) => RecordFields.Code(code, field);

        private Amount Money(JObject owner, string field)
        {
            var token = owner[field.Split('.')[^1]];
            var text = token?.Type switch
            {
                JTokenType.String => token.Value<string>(),
                JTokenType.Integer or JTokenType.Float => token.ToString(Formatting.None),
                _ => null,
            };
            return RecordFields.Money(text, Optional("amountUnit"), field);
        }
    }
}
