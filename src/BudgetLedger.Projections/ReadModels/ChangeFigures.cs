using BudgetLedger.Domain.Events;

namespace BudgetLedger.Projections.ReadModels;

/// <summary>
/// 变动原因: the unit's own claim about a change against the prior year; <see cref="Signed"/> is + for an increase.
/// </summary>
public sealed record StatedReasonFigure(VarianceSubjectKind SubjectKind, string Subject, VarianceReasonKind Kind,
    decimal Signed, decimal? ImpliedPriorYear, string Text);

/// <summary>Which way a function moved, seen from a unit.</summary>
public enum TransferDirection
{
    In,
    Out,
}

/// <summary>A function transfer seen from this unit: in or out, the other unit, and the lines that moved.</summary>
public sealed record TransferFigure(Guid EventId, TransferDirection Direction, string OtherUnit, string Function,
    IReadOnlyList<TransferLineFigure> Lines, string? DecidedBy)
{
    public decimal Total => Lines.Sum(l => l.Amount);
}

public sealed record TransferLineFigure(string Name, string? Code, decimal Amount);

/// <summary>预算调整 of a line; <see cref="Signed"/> is + for a supplement.</summary>
public sealed record AdjustmentFigure(Guid EventId, string Code, string Name, AdjustmentKind Kind, decimal Signed,
    string Reason);

/// <summary>
/// A rename: the body was <see cref="Predecessor"/> before <see cref="Year"/> and <see cref="Successor"/> from it
/// (the same id when the ledger holds it under one).
/// </summary>
public sealed record LineageFigure(Guid EventId, string Predecessor, string Successor, int Year, string OldName,
    string NewName);

/// <summary>Recorded by hand: these names are one project.</summary>
public sealed record AliasFigure(Guid EventId, string Project, IReadOnlyList<string> Aliases);
