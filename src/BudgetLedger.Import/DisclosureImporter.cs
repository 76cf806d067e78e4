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
        var tally = IdentityTally.Start();
        try
        {
            return Read(fileName, bytes, text, tally);
        }
        finally
        {
            IdentityTally.Stop();
        }
    }

    private ImportedDocument Read(string fileName, byte[] bytes, DisclosureText text, IdentityTally tally)
    {
        var read = Tables(fileName, text);
        if (read.Count == 0)
        {
            throw new ImportException(fileName, null, null, "no table title found: not a budget or final-accounts "
                + "disclosure in a known layout");
        }

        var titled = read.Where(t => t.Kind is not null).Select(t => (t.Table, Kind: t.Kind!.Value)).ToList();
        if (titled.Count == 0)
        {
            var first = read[0].Table;
            throw new ImportException(fileName, first.Title, first.TitleLine, "no table of a kind any rule "
                + "recognises: nothing to read the unit, year and figures from", first.TitlePage);
        }

        var tables = read.Where(t => t.Interpreted).Select(t => (t.Table, Kind: t.Kind!.Value)).ToList();
        ContentsPage.Check(text);
        ContentsPage.CheckLastTable(text, read.Select(t => t.Table).ToList());
        var header = DocumentHeader.Read(text, titled);
        RequiredTables.Check(fileName, header.Kind, titled.Select(t => t.Kind).ToHashSet());
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var pages = text.Lines.ToDictionary(l => l.Number, l => l.Page);
        var document = new DocumentContext(fileName, sha, header) { PageOf = line => pages.GetValueOrDefault(line, 1) };
        PublishedTables.Add(document, read);

        var problems = new List<ImportException>();
        foreach (var importer in _importers)
        {
            var mine = tables.Where(t => importer.Kinds.Contains(t.Kind)).ToList();
            try
            {
                if (mine.Count > 0)
                {
                    importer.Import(document, mine);
                }
            }
            catch (ImportException e)
            {
                problems.Add(e); // every table's problem is reported, not only the first
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var (table, _) = mine[0];
                problems.Add(new ImportException(fileName, table.Title, table.TitleLine, $"its reader failed ("
                    + $"{e.GetType().Name}: {e.Message}): a layout the reader does not know", table.TitlePage));
            }
        }

        if (problems.Count > 0)
        {
            throw ImportException.Of(problems);
        }

        document.Report(CrossTableChecks.Check(document.Events.Select(e => e.Event).ToList()));
        Narrative.StatedReasons.Extract(text, document);
        document.Report(Narrative.ThreePublicExpensesClaim.Check(text, document.Events.Select(e => e.Event)));
        document.Report(Narrative.NarrativeChecks.Check(text, document.Events.Select(e => e.Event).ToList(), header));
        document.Report(Completeness.CompletenessChecks.Check(text, read, header.Kind,
            header.Year.Value, document.Events.Select(e => e.Event)));
        document.Report(Validation.KeptTableIdentities.Check(read));
        foreach (var finding in document.Findings.Where(f => f.Severity == Validation.FindingSeverity.Inconsistency))
        {
            document.Add(new FindingRecorded(document.UnitId, header.Year, sha, finding.Table, finding.Line,
                finding.Rule, finding.Expected, finding.Actual, finding.RuleId), finding.Table, finding.Line,
                finding.Rule);
        }

        var imported = new DocumentImported(sha, fileName, header.Kind, document.UnitId, header.UnitName,
            header.UnitCode, header.Year, header.Title, tables.Count, document.Events.Count + 1);
        var events = document.Events.Prepend(new PlannedEvent(
            EventStore.Appending.DeterministicEventId.From(sha, "V1.DocumentImported"), imported,
                Provenance.Imported(sha, header.Title, 0))).ToList();
        return new ImportedDocument(fileName, sha, header, document.UnitId, events,
            document.Findings) { NotInterpreted = read.Where(t => !t.Interpreted).ToList(), HeldByTable = tally.Held };
    }

    /// <summary>
    /// Every table of the text, its cells under their columns, with the national table its title names and whether a
    /// reader takes it (the title and the shape of its rows together).
    /// </summary>
    public IReadOnlyList<ReadTable> Tables(string fileName, DisclosureText text)
    {
        var tables = new List<ReadTable>();
        var problems = new List<ImportException>();
        foreach (var raw in TableSegmenter.Split(text))
        {
            try
            {
                tables.Add(Interpretation(Placed(fileName, raw)));
            }
            catch (ImportException e)
            {
                problems.Add(e); // every table that cannot be placed is named, not only the first
            }
        }

        return problems.Count > 0 ? throw ImportException.Of(problems) : OnePerKind(tables);
    }

    /// <summary>The kinds read as one table per document: a second table of the kind is kept as printed.</summary>
    private static readonly TableKind[] Single =
        [TableKind.RevenueSummary, TableKind.ExpenditureSummary, TableKind.GeneralPublicBudgetExpenditure];

    private static List<ReadTable> OnePerKind(List<ReadTable> tables) => tables.Select((t, i) =>
        t.Interpreted && Single.Contains(t.Kind!.Value) && tables.Take(i).FirstOrDefault(o => o.Interpreted
            && o.Kind == t.Kind) is { } first
            ? t with { NotInterpretedBecause = $"a second {TableKindNames.Of(t.Kind!.Value)}: the first, page "
                + $"{first.Table.TitlePage}, line {first.Table.TitleLine}, is the one read" }
            : t).ToList();

    private ReadTable Interpretation(RawTable table)
    {
        if (TableRecognizer.Recognize(table.Title) is not { } kind)
        {
            return new ReadTable(table, null, "no national table has this title");
        }

        if (!_importers.Any(i => i.Kinds.Contains(kind)))
        {
            return new ReadTable(table, kind, $"no reader takes {TableKindNames.Of(kind)} yet");
        }

        return new ReadTable(table, kind, TableShapes.Misfit(kind, table));
    }

    /// <summary>A laid-out table with its cells under their columns; a recognised one whose row cannot be placed
    /// is refused, one kept only as printed stays as its lines gave it.</summary>
    private static RawTable Placed(string fileName, RawTable table)
    {
        if (table.Lines.Any(l => l.Spans is null))
        {
            return table; // tab-separated: its cells are already in their columns
        }

        var (placed, ambiguous) = TableGrid.Place(RepeatedHeaders.Drop(table));
        if (ambiguous is null)
        {
            return BrokenNames.Join(LooseCodes.Place(placed));
        }

        return TableRecognizer.Recognize(table.Title) is null ? table
            : throw new ImportException(fileName, table.Title, ambiguous.Number, "two cells of this row fall under "
                + "one column: the row cannot be placed under the table's columns without guessing", ambiguous.Page);
    }
}
