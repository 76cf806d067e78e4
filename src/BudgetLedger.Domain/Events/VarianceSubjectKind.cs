namespace BudgetLedger.Domain.Events;

/// <summary>What a stated reason is about.</summary>
public enum VarianceSubjectKind
{
    UnitTotal,
    FundSource,
    Project,
    FunctionalClass,

    /// <summary>Another stated figure: the 三公 total, agency operating costs …</summary>
    OtherFigure,
}
