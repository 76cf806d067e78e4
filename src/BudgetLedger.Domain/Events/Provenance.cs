namespace BudgetLedger.Domain.Events;

/// <summary>
/// Where an event came from: a row of an imported document (its SHA-256, table title and row), or a
/// change recorded by hand (who recorded it, on what basis).
/// </summary>
public sealed record Provenance(
    string Source,
    string? DocumentSha256,
    string? TableTitle,
    int? Row,
    string? RecordedBy,
    string? Basis)
{
    public const string ImportSource = "import";
    public const string ManualSource = "manual";

    public static Provenance Imported(string documentSha256, string tableTitle, int row) =>
        new(ImportSource, documentSha256, tableTitle, row, null, null);

    public static Provenance Recorded(string recordedBy, string basis) =>
        new(ManualSource, null, null, null, recordedBy, basis);
}
