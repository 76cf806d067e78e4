using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Records;

/// <summary>
/// What a hand-entered record rests on: a document of the ledger (file or SHA-256), a table, a line, a quote.
/// </summary>
public sealed record RecordBasis(string? Document, string? Table, int? Line, string Quote);

/// <summary>
/// A change entered by hand, as entered: units by code, id or name, not yet checked against the ledger
/// (<see cref="RecordDecision"/> does that).
/// </summary>
public abstract record RecordEntry(string Id, RecordBasis Basis);

/// <summary>职能划转: a function moves from one unit to another with its projects and money.</summary>
public sealed record TransferEntry(string Id, RecordBasis Basis, string From, string To, FiscalYear Year,
    string Function, IReadOnlyList<TransferredLine> Lines, string? DecidedBy) : RecordEntry(Id, Basis);

/// <summary>A unit takes a new name; the successor is the unit the ledger holds under it, if any.</summary>
public sealed record RenameEntry(string Id, RecordBasis Basis, string Unit, FiscalYear Year, string NewName,
    string? NewCode, string? Successor, string? DecidedBy) : RecordEntry(Id, Basis);

/// <summary>These names are one project of the unit.</summary>
public sealed record AliasEntry(string Id, RecordBasis Basis, string Unit, string Project,
    IReadOnlyList<string> Aliases) : RecordEntry(Id, Basis);

/// <summary>预算调整: a supplement or reduction of a year's budget line.</summary>
public sealed record AdjustmentEntry(string Id, RecordBasis Basis, string Unit, FiscalYear Year, FunctionalClass Line,
    FundSource FundSource, ExpenditureKind ExpenditureKind, AdjustmentKind Kind, Amount Amount, string Reason)
    : RecordEntry(Id, Basis);

/// <summary>An earlier event of the unit no longer counts.</summary>
public sealed record CorrectionEntry(string Id, RecordBasis Basis, string Unit, Guid Event, string Reason)
    : RecordEntry(Id, Basis);
