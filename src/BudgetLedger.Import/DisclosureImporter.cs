using System.Security.Cryptography;
using BudgetLedger.Import.Importers;

namespace BudgetLedger.Import;

/// <summary>
/// Reads one disclosure into the events it states, or refuses it whole. Every table goes in as printed; tables
/// recognised by title also give typed events, and one no rule recognises is kept as printed, not interpreted.
/// </summary>
public sealed class DisclosureImporter
{
    private readonly IReadOnlyList<ITableImporter> _importers;

    public DisclosureImporter(IEnumerable<ITableImporter>? importers = null) =>
        _importers = (importers ?? TableImporters.All).ToList();

    public ImportedDocument Read(string fileName, byte[] bytes)
        => Read(fileName, bytes, DisclosureText.Decode(fileName, bytes));

    /// <summary>The document read from its bytes already decoded (a PDF is parsed once).</summary>
    public ImportedDocument Read(string fileName, byte[] bytes, DisclosureText text)
    {
        var raw = TableSegmenter.Split(text).Select(t => Placed(fileName, t)).ToList();
        if (raw.Count == 0)
        {
            throw new ImportException(fileName, null, null, "no table title found: not a budget or final-accounts "
                + "disclosure in a known layout");
        }

        var recognised = raw.Select(t => (Table: t, Kind: TableRecognizer.Recognize(t.Title))).ToList();
        var notInterpreted = recognised.Where(t => t.Kind is not { } k
            || !_importers.Any(i => i.Kinds.Contains(k))).Select(t => t.Table).ToList();
        var tables = recognised.Where(t => t.Kind is not null).Select(t => (t.Table, Kind: t.Kind!.Value)).ToList();
        if (tables.Count == 0)
        {
            var first = raw[0];
            throw new ImportException(fileName, first.Title, first.TitleLine, "no table of a kind any rule "
                + "recognises: nothing to read the unit, year and figures from", first.TitlePage);
        }

        var header = DocumentHeader.Read(text, tables);
        RequiredTables.Check(fileName, header.Kind, tables.Select(t => t.Kind).ToHashSet());
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var pages = text.Lines.ToDictionary(l => l.Number, l => l.Page);
        var document = new DocumentContext(fileName, sha, header) { PageOf = line => pages.GetValueOrDefault(line, 1) };
        PublishedTables.Add(document, raw);

        foreach (var (table, kind) in tables)
        {
            if (table.Unit == Domain.Amounts.AmountUnit.Yuan
                && kind is not (TableKind.PerformanceTargets or TableKind.PerformanceSelfEvaluation))
            {
                throw new ImportException(fileName, table.Title, table.TitleLine, "the table states its figures in 元 "
                    + "where tables of this kind are in 万元", table.TitlePage);
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
            document.Add(new FindingRecorded(document.UnitId, header.Year, sha, finding.Table, finding.Line,
                finding.Rule, finding.Expected, finding.Actual), finding.Table, finding.Line, finding.Rule);
        }

        var imported = new DocumentImported(sha, fileName, header.Kind, document.UnitId, header.UnitName,
            header.UnitCode, header.Year, header.Title, tables.Count, document.Events.Count + 1);
        var events = document.Events.Prepend(new PlannedEvent(
            EventStore.Appending.DeterministicEventId.From(sha, "V1.DocumentImported"), imported,
                Provenance.Imported(sha, header.Title, 0))).ToList();
        return new ImportedDocument(fileName, sha, header, document.UnitId, events,
            document.Findings) { NotInterpreted = notInterpreted };
    }

    /// <summary>A laid-out table with its cells under their columns; a recognised one whose row cannot be placed
    /// is refused, one kept only as printed stays as its lines gave it.</summary>
    private static RawTable Placed(string fileName, RawTable table)
    {
        var (placed, ambiguous) = TableGrid.Place(table);
        if (ambiguous is null)
        {
            return BrokenNames.Join(LooseCodes.Place(placed));
        }

        return TableRecognizer.Recognize(table.Title) is null ? table
            : throw new ImportException(fileName, table.Title, ambiguous.Number, "two cells of this row fall under "
                + "one column: the row cannot be placed under the table's columns without guessing", ambiguous.Page);
    }
}
