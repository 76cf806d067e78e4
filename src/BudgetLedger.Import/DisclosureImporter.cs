using System.Security.Cryptography;
using BudgetLedger.Import.Importers;

namespace BudgetLedger.Import;

/// <summary>
/// Reads one disclosure into the events it states, or refuses it whole. Tables are recognised by title;
/// a title no rule knows, or a kind no importer reads yet, stops the import with its name.
/// </summary>
public sealed class DisclosureImporter
{
    private readonly IReadOnlyList<ITableImporter> _importers;

    public DisclosureImporter(IEnumerable<ITableImporter>? importers = null) =>
        _importers = (importers ?? TableImporters.All).ToList();

    public ImportedDocument Read(string fileName, byte[] bytes)
    {
        var text = DisclosureText.Decode(fileName, bytes);
        var raw = TableSegmenter.Split(text);
        if (raw.Count == 0)
        {
            throw new ImportException(fileName, null, null, "no table title found: not a budget or final-accounts disclosure in a known layout");
        }

        var tables = raw.Select(t => (Table: t, Kind: TableRecognizer.Recognize(t.Title)
            ?? throw new ImportException(fileName, t.Title, t.TitleLine, "a table of a kind no rule recognises", t.TitlePage))).ToList();
        var header = DocumentHeader.Read(text, tables);
        RequiredTables.Check(fileName, header.Kind, tables.Select(t => t.Kind).ToHashSet());
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var pages = text.Lines.ToDictionary(l => l.Number, l => l.Page);
        var document = new DocumentContext(fileName, sha, header) { PageOf = line => pages.GetValueOrDefault(line, 1) };
        PublishedTables.Add(document, raw);

        foreach (var (table, kind) in tables)
        {
            if (table.Unit == Domain.Amounts.AmountUnit.Yuan && kind is not (TableKind.PerformanceTargets or TableKind.PerformanceSelfEvaluation))
            {
                throw new ImportException(fileName, table.Title, table.TitleLine, "the table states its figures in 元 where tables of this kind are in 万元", table.TitlePage);
            }

            if (!_importers.Any(i => i.Kinds.Contains(kind)))
            {
                throw new ImportException(fileName, table.Title, table.TitleLine, "a table recognised but not read yet, and a document goes in whole or not at all", table.TitlePage);
            }
        }

        foreach (var importer in _importers)
        {
            var mine = tables.Where(t => importer.Kinds.Contains(t.Kind)).ToList();
            if (mine.Count > 0)
            {
                importer.Import(document, mine);
            }
        }

        document.Report(CrossTableChecks.Check(document.Events.Select(e => e.Event).ToList()));
        Narrative.StatedReasons.Extract(text, document);
        document.Report(Narrative.ThreePublicExpensesClaim.Check(text, document.Events.Select(e => e.Event)));
        foreach (var finding in document.Findings.Where(f => f.Severity == Validation.FindingSeverity.Inconsistency))
        {
            document.Add(new FindingRecorded(document.UnitId, header.Year, sha, finding.Table, finding.Line, finding.Rule, finding.Expected, finding.Actual), finding.Table, finding.Line, finding.Rule);
        }

        var imported = new DocumentImported(sha, fileName, header.Kind, document.UnitId, header.UnitName, header.UnitCode, header.Year, header.Title, tables.Count, document.Events.Count + 1);
        var events = document.Events.Prepend(new PlannedEvent(
            EventStore.Appending.DeterministicEventId.From(sha, "V1.DocumentImported"), imported, Provenance.Imported(sha, header.Title, 0))).ToList();
        return new ImportedDocument(fileName, sha, header, document.UnitId, events, document.Findings);
    }
}
