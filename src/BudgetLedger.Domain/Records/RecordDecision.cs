using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Domain.Records;

/// <summary>
/// A hand-entered entry against what the ledger knows: the units it names must exist (by that year), the document
/// it cites must be in the ledger, a corrected event must be the unit's. Pure: the ledger's state and the entry in,
/// the change to append out, or a <see cref="RecordRefusal"/> naming the field.
/// </summary>
public static class RecordDecision
{
    public static RecordedChange Decide(UnitDirectory ledger, string recordedBy, RecordEntry entry)
    {
        var provenance = Provenance(ledger, recordedBy, entry.Basis);
        return entry switch
        {
            TransferEntry t => Transfer(ledger, t, provenance),
            RenameEntry r => Rename(ledger, r, provenance),
            AliasEntry a => Alias(ledger, a, provenance),
            AdjustmentEntry a => Adjustment(ledger, a, provenance),
            CorrectionEntry c => Correction(ledger, c, provenance),
            _ => throw new RecordRefusal("type", $"{entry.GetType().Name} is not an entry the ledger records"),
        };
    }

    private static RecordedChange Transfer(UnitDirectory ledger, TransferEntry t, Provenance provenance)
    {
        var (from, to) = (Unit(ledger, t.From, "from"), Unit(ledger, t.To, "to"));
        if (from.Id == to.Id)
        {
            throw new RecordRefusal("to", "a transfer needs two different units");
        }

        ExistedBy(from, t.Year, "from");
        ExistedBy(to, t.Year, "to");
        return new(t.Id, new FunctionTransferred(from.Id, to.Id, t.Year, t.Function, t.Lines, t.DecidedBy), t.Year,
            provenance);
    }

    private static RecordedChange Rename(UnitDirectory ledger, RenameEntry r, Provenance provenance)
    {
        var unit = Unit(ledger, r.Unit, "unit");
        ExistedBy(unit, r.Year, "unit");
        var successor = r.Successor is null ? null : Unit(ledger, r.Successor, "successor");
        if (successor?.Id == unit.Id)
        {
            throw new RecordRefusal("successor", "names the renamed unit itself; leave it out when the ledger holds "
                + "no other id for the new name");
        }

        return new(r.Id, new UnitRenamed(unit.Id, unit.Name, r.NewName, r.NewCode, r.Year, r.DecidedBy,
            successor?.Id), r.Year, provenance);
    }

    private static RecordedChange Alias(UnitDirectory ledger, AliasEntry a, Provenance provenance)
    {
        var unit = Unit(ledger, a.Unit, "unit");
        return new(a.Id, new ProjectAliasRecorded(unit.Id, a.Project, a.Aliases), new FiscalYear(unit.FirstYear),
            provenance);
    }

    private static RecordedChange Adjustment(UnitDirectory ledger, AdjustmentEntry a, Provenance provenance)
    {
        var unit = Unit(ledger, a.Unit, "unit");
        ExistedBy(unit, a.Year, "unit");
        return new(a.Id, new BudgetAdjusted(unit.Id, a.Year, a.Line, a.FundSource, a.ExpenditureKind, a.Kind,
            a.Amount, a.Reason), a.Year, provenance);
    }

    private static RecordedChange Correction(UnitDirectory ledger, CorrectionEntry c, Provenance provenance)
    {
        var unit = Unit(ledger, c.Unit, "unit");
        var target = ledger.Event(c.Event) ?? throw new RecordRefusal("event", $"no event {c.Event} in the ledger");
        if (!target.Units.Contains(unit.Id))
        {
            throw new RecordRefusal("event", $"event {c.Event} ({target.Type}) is not about {unit.Name}");
        }

        return new(c.Id, new EventReversed(c.Event, target.Type, c.Reason, target.Units),
            new FiscalYear(unit.FirstYear), provenance);
    }

    private static Provenance Provenance(UnitDirectory ledger, string recordedBy, RecordBasis basis)
    {
        var sha = basis.Document is { } document
            ? ledger.Document(document)?.DocumentSha256 ?? throw new RecordRefusal("basis.document", $"'{document}' "
                + "is not a document in the ledger (import it first)")
            : null;
        return new Provenance(Events.Provenance.ManualSource, sha, basis.Table, basis.Line, recordedBy, basis.Quote);
    }

    private static KnownUnit Unit(UnitDirectory ledger, string reference, string field)
    {
        var (unit, error) = ledger.Resolve(reference);
        return unit ?? throw new RecordRefusal(field, error!);
    }

    private static void ExistedBy(KnownUnit unit, FiscalYear year, string field)
    {
        if (year.Value < unit.FirstYear)
        {
            throw new RecordRefusal("year", $"{year.Value} is before {unit.Name} ({field}) existed in the ledger: "
                + $"its first year is {unit.FirstYear}");
        }
    }
}
