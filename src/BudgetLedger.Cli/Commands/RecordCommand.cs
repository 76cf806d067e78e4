using BudgetLedger.Domain.Records;
using BudgetLedger.Domain.Units;
using System.CommandLine;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Import.Records;

using BudgetLedger.Projections.Log;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// `record FILE` and `record transfer|rename|alias|adjustment|correction`: changes entered by hand, checked, then
/// written whole or not at all.
/// </summary>
public static class RecordCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("file") { Description = "A JSON file of entries (see `record --help`); "
            + "every entry is checked before any is written.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("record", "Record changes that are not tables: function transfers, renames "
            + "(lineage), project aliases, budget adjustments, corrections. Recording the same entries again writes "
            + "nothing.\n\nFile format:\n" + RecordFile.Format)
        {
            file,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(file) is not { } path)
            {
                context.Error.WriteLine("error: give a record file, or a sub-command (record transfer --help)");
                return LedgerCli.UsageError;
            }

            if (!File.Exists(path))
            {
                context.Error.WriteLine($"error: no record file at {Path.GetFullPath(path)}");
                return CliContext.Failure;
            }

            await using var store = context.OpenExistingForWriting(parse);
            if (store is null)
            {
                return CliContext.Failure;
            }

            return await Apply(store, Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken),
                context, cancellationToken);
        });
        foreach (var single in SingleEntries(context))
        {
            command.Subcommands.Add(single);
        }

        return command;
    }

    public static async Task<int> Apply(IEventStore store, string file, string json, CliContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            var (recordedBy, entries) = RecordFile.Parse(file, json);
            return await Apply(store, file, recordedBy, entries, context, cancellationToken);
        }
        catch (RecordException e)
        {
            context.Error.WriteLine($"error: refused, nothing written: {e.Message}");
            return CliContext.Failure;
        }
    }

    /// <summary>Entries decided against the ledger as it stands, then written whole or not at all.</summary>
    private static async Task<int> Apply(IEventStore store, string file, string recordedBy,
        IReadOnlyList<RecordEntry> entries, CliContext context, CancellationToken cancellationToken)
    {
        try
        {
            var ledger = await UnitDirectory.Of(LogReader.Read(store, cancellationToken: cancellationToken));
            var changes = entries.Select((entry, i) => RecordFile.Decided(file, i, ledger, recordedBy, entry))
                .ToList();
            var outcome = await RecordWriter.Write(store, file, changes, cancellationToken);
            foreach (var change in outcome.Written)
            {
                context.Output.WriteLine($"{file}: {change.EntryId}: recorded ({change.Event.GetType().Name}, "
                    + $"{change.FiscalYear.Value})");
            }

            foreach (var change in outcome.AlreadyRecorded)
            {
                context.Output.WriteLine($"{file}: {change.EntryId}: already recorded, nothing written");
            }

            context.Output.WriteLine($"{file}: {outcome.Written.Count} entries recorded, "
                + $"{outcome.AlreadyRecorded.Count} already "
                + $"present{(outcome.Position is { } p ? $"; log position {p}" : "")}");
            return CliContext.Success;
        }
        catch (RecordException e)
        {
            context.Error.WriteLine($"error: refused, nothing written: {e.Message}");
            return CliContext.Failure;
        }
    }

    /// <summary>One entry from options: the same checks and writer as a file of one entry.</summary>
    private static IEnumerable<Command> SingleEntries(CliContext context)
    {
        yield return Single(context, "transfer", "A function (职能划转) moves from one unit to another with its projects "
            + "and money.",
            [("from", "unit giving up the function"), ("to", "unit taking it"), ("year", "fiscal year it takes effect"),
                ("function", "the duty that moves"), ("decided-by", "the decision document")],
            ("line", "a project or line that moves: NAME=AMOUNT (万元), or NAME=AMOUNT@CLASS; repeat for each"));
        yield return Single(context, "rename", "A unit takes a new name (lineage); --successor names the unit the "
            + "ledger holds under the new name.",
            [("unit", "the unit, by code, id or former name"), ("new-name", "its new name"),
                ("new-code", "its new code, if any"), ("successor", "the unit the ledger holds under the new name"),
                ("year", "first fiscal year under the new name"), ("decided-by", "the decision document")], null);
        yield return Single(context, "alias", "These project names are one project of the unit.",
            [("unit", "the unit"), ("project", "the project's name")],
            ("alias", "another name of the project; repeat for each"));
        yield return Single(context, "adjustment", "预算调整: a supplement (追加) or reduction (调减) of a year's budget line.",
            [("unit", "the unit"), ("year", "fiscal year"), ("class", "functional class code"),
                ("class-name", "its name"), ("fund-source", "fund source (default generalPublicBudget)"),
                ("expenditure-kind", "basicExpenditure or projectExpenditure"), ("kind", "supplement or reduction"),
                ("amount", "万元, positive"), ("reason", "why")], null);
        yield return Single(context, "correction", "Reverse an earlier recorded event (it stays in the log and no "
            + "longer counts).",
            [("unit", "the unit it concerns"), ("event", "the event id (see `log`)"), ("reason", "why")], null);
    }

    private static Command Single(CliContext context, string type, string description, (string Name,
        string Help)[] fields, (string Name, string Help)? list)
    {
        var id = new Option<string>("--id") { Description = "A slug naming the entry (its stream is record-<id>).",
            Required = true };
        var recordedBy = new Option<string>("--recorded-by") { Description = "Who records it.", Required = true };
        var document = new Option<string?>("--basis-document") { Description = "The ledger document it rests on "
            + "(file name or SHA-256)." };
        var quote = new Option<string>("--basis-quote") { Description = "The sentence or table row relied on.",
            Required = true };
        var options = fields.Select(f => new Option<string?>("--" + f.Name) { Description = f.Help }).ToList();
        var many = list is { } l ? new Option<string[]>("--"
            + l.Name) { Description = l.Help, AllowMultipleArgumentsPerToken = false } : null;
        var command = new Command(type, description) { id, recordedBy, document, quote };
        options.ForEach(command.Options.Add);
        if (many is not null)
        {
            command.Options.Add(many);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = $"record {type}";
            RecordEntry entry;
            try
            {
                var entryId = RecordFile.CheckedId(file, 0, parse.GetValue(id));
                var values = options.ToDictionary(o => o.Name[2..], o => parse.GetValue(o));
                var basis = new RecordBasis(parse.GetValue(document), null, null, parse.GetValue(quote)!);
                entry = SingleEntry.Of(type, entryId, basis, name => values.GetValueOrDefault(name),
                    many is null ? [] : parse.GetValue(many) ?? [], file);
            }
            catch (RecordException e)
            {
                context.Error.WriteLine($"error: refused, nothing written: {e.Message}");
                return CliContext.Failure;
            }

            await using var store = context.OpenExistingForWriting(parse);
            if (store is null)
            {
                return CliContext.Failure;
            }

            return await Apply(store, file, parse.GetValue(recordedBy)!, [entry], context, cancellationToken);
        });
        return command;
    }
}
