using System.CommandLine;
using BudgetLedger.EventStore.Appending;
using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.Import;
using BudgetLedger.Import.Validation;

namespace BudgetLedger.Cli.Commands;

public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Disclosures (PDF, or text: UTF-8 or GB18030), "
            + "or folders whose *.pdf and *.txt files are imported in name order; record files (*.records.json, see "
            + "`record`) there are recorded after the documents.", Arity = ArgumentArity.OneOrMore };
        var strict = new Option<bool>("--strict") { Description = "Refuse a document with any finding (an identity "
            + "broken beyond rounding) instead of recording the finding." };
        var command = new Command("import", "Import budget and final-accounts disclosures: each document goes in "
            + "whole, as one atomic append, or not at all. Importing a document again writes nothing.")
        {
            paths, strict,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = Expand(parse.GetValue(paths)!, context);
            if (files is null)
            {
                return CliContext.Failure;
            }

            var records = files.Where(f => f.EndsWith(RecordFileSuffix, StringComparison.Ordinal)).ToList();
            files = files.Except(records).ToList();
            await using var store = context.Ledger(parse).Create();
            var importer = new DisclosureImporter();
            var summary = new ImportSummary();
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                var prefix = $"[{i + 1}/{files.Count}] {Path.GetFileName(file)}";
                try
                {
                    var document = importer.Read(Path.GetFileName(file), await File.ReadAllBytesAsync(file,
                        cancellationToken));
                    if (parse.GetValue(strict) && document.Inconsistencies.FirstOrDefault() is { } first)
                    {
                        throw new ImportException(document.FileName, first.Table, first.Line, $"--strict: {first}");
                    }

                    var result = await DocumentWriter.Write(store, document, cancellationToken);
                    summary.Add(document, result.AlreadyStored);
                    context.Output.WriteLine(result.AlreadyStored
                        ? $"{prefix}: already imported, 0 events written" + (result.EarlierVersion is var (stored, now)
                            ? $" (by an earlier importer, as {stored} events; this one reads {now}: re-import into a "
                                + "new ledger to get them)" : "")
                        : $"{prefix}: {document.Events.Count} events written ({document.Header.UnitName} "
                            + $"{document.Header.Year.Value}), {document.Warnings.Count()} 尾差 warnings, "
                            + $"{document.Inconsistencies.Count()} findings");
                    foreach (var kept in document.NotInterpreted)
                    {
                        context.Output.WriteLine($"    kept as printed, not interpreted: page {kept.Table.TitlePage}, "
                            + $"line {kept.Table.TitleLine}, '{kept.Table.Title}': {kept.NotInterpretedBecause}");
                    }

                    foreach (var finding in document.Inconsistencies)
                    {
                        context.Output.WriteLine($"    {finding}");
                    }
                }
                catch (ImportException e)
                {
                    summary.Refused++;
                    context.Error.WriteLine($"error: {prefix}: refused, nothing written: {e.Message}");
                }
                catch (Exception e) when (e is EventIdConflictException or WrongExpectedRevisionException)
                {
                    summary.Refused++;
                    context.Error.WriteLine($"error: {prefix}: refused, nothing written: the ledger already holds "
                        + "this document's events with other content "
                        + $"({e.Message}): they were altered after they were written; run `budget-ledger verify`");
                }
            }

            context.Output.WriteLine($"{summary.Documents} documents imported, {summary.AlreadyPresent} already "
                + $"present, {summary.Refused} refused; {summary.EventsWritten} events written; {summary.Warnings} "
                + $"尾差 warnings; {summary.Findings} findings. Ledger: {context.Ledger(parse).Display}");
            foreach (var record in records)
            {
                if (await RecordCommand.Apply(store, Path.GetFileName(record), await File.ReadAllTextAsync(record,
                    cancellationToken), context, cancellationToken) != CliContext.Success)
                {
                    summary.Refused++;
                }
            }

            if (summary.Read.Count > 0)
            {
                // After the record files too, so the documents' and records' positions are as before. Documents
                // already in the ledger count: an import killed before this step is completed by the next one.
                await CrossDocumentFindings.Record(store, summary.Read, context, cancellationToken);
            }

            return summary.Refused == 0 ? CliContext.Success : CliContext.Failure;
        });
        return command;
    }

    private const string RecordFileSuffix = ".records.json";

    internal static List<string>? Expand(string[] paths, CliContext context)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path, "*.txt").Concat(Directory.GetFiles(path,
                    "*.pdf")).Order(StringComparer.Ordinal));
                files.AddRange(Directory.GetFiles(path, "*" + RecordFileSuffix).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                context.Error.WriteLine($"error: no file or folder at {Path.GetFullPath(path)}");
                return null;
            }
        }

        return files;
    }

    private sealed class ImportSummary
    {
        public int Documents { get; private set; }

        /// <summary>The units' years of every document read, written now or before.</summary>
        public HashSet<(string UnitId, int Year)> Read { get; } = [];

        public int AlreadyPresent { get; private set; }

        public int Refused { get; set; }

        public int EventsWritten { get; private set; }

        public int Warnings { get; private set; }

        public int Findings { get; private set; }

        public void Add(Import.Documents.ImportedDocument document, bool alreadyStored)
        {
            Read.Add((document.UnitId.Value, document.Header.Year.Value));
            if (alreadyStored)
            {
                AlreadyPresent++;
                return;
            }

            Documents++;
            EventsWritten += document.Events.Count;
            Warnings += document.Findings.Count(f => f.Severity == FindingSeverity.RoundingDifference);
            Findings += document.Findings.Count(f => f.Severity == FindingSeverity.Inconsistency);
        }
    }
}
