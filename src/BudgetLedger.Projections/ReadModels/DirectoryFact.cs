using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

public enum DirectoryFactKind
{
    Disclosed,
    Renamed,
    AliasRecorded,
}

/// <summary>
/// What the ledger knows of its units and documents, kept once for the whole log: a disclosure (unit, year, the
/// name it printed, the document), a rename (predecessor, successor, names) or project aliases.
/// </summary>
public sealed record DirectoryFact(ulong Position, DirectoryFactKind Kind, string UnitId, int Year, string Name)
{
    public string? Successor { get; init; }

    public string? NewName { get; init; }

    public string? DocumentSha256 { get; init; }

    public string? FileName { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The event's metadata as stored in the log (its provenance), kept beside the fact.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public byte[] Metadata { get; init; } = [];

    /// <summary>The unit whose names this fact gives: the successor of a rename.</summary>
    public string NamedUnit => Successor ?? UnitId;

    public static DirectoryFact? Of(ulong position, IBudgetEvent e, byte[] metadata) => (e switch
    {
        DocumentImported d => new DirectoryFact(position, DirectoryFactKind.Disclosed, d.UnitId.Value,
            d.FiscalYear.Value, d.UnitName) { DocumentSha256 = d.DocumentSha256, FileName = d.FileName },
        UnitRenamed r => new(position, DirectoryFactKind.Renamed, r.UnitId.Value, r.FiscalYear.Value, r.OldName)
            { Successor = (r.SuccessorId ?? r.UnitId).Value, NewName = r.NewName },
        ProjectAliasRecorded a => new(position, DirectoryFactKind.AliasRecorded, a.UnitId.Value,
            0, a.ProjectName) { Aliases = a.Aliases },
        _ => null,
    }) is { } fact ? fact with { Metadata = metadata } : null;
}
