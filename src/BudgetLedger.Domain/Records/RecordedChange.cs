using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;
namespace BudgetLedger.Domain.Records;

/// <summary>
/// One entry of a record file as an event to append: its own stream ("record-&lt;id&gt;"), a fiscal year and
/// where it rests.
/// </summary>
public sealed record RecordedChange(string EntryId, IBudgetEvent Event, FiscalYear FiscalYear, Provenance Provenance)
{
    public string Stream => $"record-{EntryId}";
}
