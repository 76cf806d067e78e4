using BudgetLedger.Domain.Amounts;

namespace BudgetLedger.Import.Inspection;

/// <summary>
/// Reads a document as import does, table by table, and says what import would do with it; writes nothing.
/// </summary>
public static class Inspector
{
    public static DocumentInspection Inspect(string fileName, byte[] bytes)
    {
        DisclosureText text;
        try
        {
            text = DisclosureText.Decode(fileName, bytes);
        }
        catch (ImportException e)
        {
            return new DocumentInspection(fileName, "unreadable", 0, []) { Refusal = e.Message };
        }

        IReadOnlyList<ReadTable> read;
        try
        {
            read = new DisclosureImporter().Tables(fileName, text);
        }
        catch (ImportException e)
        {
            return new DocumentInspection(fileName, text.EncodingName, 0, []) { Refusal = e.Message };
        }

        var tables = read.Select((t, i) => Table(t, i + 1)).ToList();
        var inspection = new DocumentInspection(fileName, text.EncodingName,
            text.Lines.Where(l => !l.IsBlank).Select(l => l.Page).DefaultIfEmpty(0).Max(), tables);
        try
        {
            var document = new DisclosureImporter().Read(fileName, bytes, text);
            var byTable = tables.Select(t => t with
            {
                Held = document.HeldByTable.GetValueOrDefault(t.Title),
                Warnings = document.Warnings.Count(f => f.Table == t.Title),
                Findings = document.Inconsistencies.Count(f => f.Table == t.Title),
            }).ToList();
            return inspection with { Tables = byTable, Events = document.Events.Count,
                Warnings = document.Warnings.Count(), Findings = document.Inconsistencies.Count() };
        }
        catch (ImportException e)
        {
            return inspection with { Refusal = e.Message };
        }
    }

    private static TableInspection Table(ReadTable read, int ordinal) => Table(read.Table, ordinal,
        read.Interpreted ? TableKindNames.Of(read.Kind!.Value) : null) with { NotInterpretedBecause =
            read.NotInterpretedBecause, TitleNames = read.Kind is { } k ? TableKindNames.Of(k) : null };

    private static TableInspection Table(RawTable table, int ordinal, string? kind) => new(
        ordinal,
        table.Title,
        table.TitlePage,
        table.TitleLine,
        kind,
        table.Unit is { } unit ? Amount.UnitSymbol(unit) : null,
        table.Lines.Count,
        table.Lines.Count == 0 ? 0 : table.Lines.Max(l => l.Cells.Count),
        table.Notes.Count);
}
