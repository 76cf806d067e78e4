namespace BudgetLedger.Domain.Events;

/// <summary>What a stated reason is about.</summary>
public enum VarianceSubjectKind
{
    UnitTotal,
    FundSource,
    Project,
    FunctionalClass,
}
