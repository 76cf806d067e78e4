using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Events;

/// <summary>One project or line that moves with a function, and its money.</summary>
public sealed record TransferredLine(string Name, FunctionalClass? FunctionalClass, Amount Amount);
