using BudgetLedger.Domain.Tables;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Import.Tables;

namespace BudgetLedger.Import.Tests.Rebuild;

/// <summary>
/// The figures a table can show, computed from the ledger's events alone: leaves, every subtotal up the
/// classification, totals, and the identities' other sides. Independent of the importer's readers.
/// </summary>
public static class RebuiltNumbers
{
    public static HashSet<decimal> For(TableKind kind, IReadOnlyList<IBudgetEvent> events)
    {
        var n = new HashSet<decimal>();
        var appropriated = events.OfType<BudgetAppropriated>().ToList();
        var carried = events.OfType<CarryoverBroughtForward>().ToList();
        var executed = events.OfType<ExpenditureExecuted>().ToList();
        switch (kind)
        {
            case TableKind.GeneralPublicBudgetExpenditure:
                ByKind(n, appropriated.Select(a => (a.FunctionalClass.Code, (ExpenditureKind?)a.ExpenditureKind,
                    a.Amount.Value)));
                break;
            case TableKind.ExpenditureSummary:
                ByKind(n, appropriated.Select(a => (a.FunctionalClass.Code, (ExpenditureKind?)a.ExpenditureKind,
                    a.Amount.Value))
                    .Concat(carried.Select(c => (c.FunctionalClass!.Code, c.ExpenditureKind, c.Amount.Value))));
                break;
            case TableKind.RevenueSummary:
                Hierarchy(n, appropriated.Select(a => (a.FunctionalClass.Code, a.Amount.Value)));
                Hierarchy(n, carried.Select(c => (c.FunctionalClass!.Code, c.Amount.Value)));
                break;
            case TableKind.BudgetSummary or TableKind.FiscalAppropriationSummary:
                Categories(n, appropriated.Select(a => (a.FunctionalClass.Code, a.Amount.Value)));
                Categories(n, carried.Select(c => (c.FunctionalClass!.Code, c.Amount.Value)));
                Categories(n, appropriated.Select(a => (a.FunctionalClass.Code,
                    a.Amount.Value)).Concat(carried.Select(c => (c.FunctionalClass!.Code, c.Amount.Value))));
                break;
            case TableKind.FinalAccountsGeneralPublicBudgetExpenditure:
                ByKind(n, executed.Select(e => (e.FunctionalClass.Code, e.ExpenditureKind, e.Amount.Value)));
                break;
            case TableKind.FinalAccountsSummary or TableKind.FinalAccountsFiscalAppropriationSummary:
                Categories(n, executed.Select(e => (e.FunctionalClass.Code, e.Amount.Value)));
                var revenue = events.OfType<RevenueStated>().Select(r => r.Amount.Value).ToList();
                n.UnionWith(revenue);
                n.Add(revenue.Sum());
                var closing = events.OfType<YearEndBalanceCarriedForward>().Sum(y => y.Amount.Value);
                var surplus = events.OfType<SurplusDistributed>().Sum(s => s.Amount.Value);
                n.UnionWith([closing, surplus, executed.Sum(e => e.Amount.Value)
                    + closing, executed.Sum(e => e.Amount.Value) + closing + surplus]);
                break;
            case TableKind.BasicExpenditureByEconomicClass:
                Economic(n, events.OfType<BasicExpenditureBudgeted>().Select(b => (b.EconomicClass.Code, b.Component,
                    (decimal?)b.Amount.Value, (decimal?)null)));
                break;
            case TableKind.FinalAccountsGeneralPublicBudgetDetail:
                Economic(n, events.OfType<EconomicExpenditureExecuted>().Select(e => (e.EconomicClass.Code,
                    e.Component, e.Amount?.Value, e.OfWhichBasic?.Value)));
                break;
            case TableKind.ThreePublicExpenses:
                foreach (var t in events.OfType<ThreePublicExpensesStated>())
                {
                    n.UnionWith(new[] { t.OverseasTravel, t.OfficialVehiclePurchase, t.OfficialVehicleOperation,
                        t.OfficialReception, t.StatedTotal }.OfType<Amount>().Select(a => a.Value));
                    n.Add((t.OfficialVehiclePurchase?.Value ?? 0m) + (t.OfficialVehicleOperation?.Value ?? 0m));
                }

                break;
            case TableKind.AgencyOperatingCosts:
                n.UnionWith(events.OfType<AgencyOperatingCostsStated>().Select(a => a.Amount.Value));
                break;
            case TableKind.ProjectExpenditureCurrentYear or TableKind.ProjectExpenditureCarryover:
                var funding = kind == TableKind.ProjectExpenditureCarryover ? ProjectFunding.Carryover
                    : ProjectFunding.CurrentYear;
                var projects = events.OfType<ProjectDeclared>().Where(p => p.Funding ==
                    funding).Select(p => p.Amount.Value).ToList();
                n.UnionWith(projects);
                n.Add(projects.Sum());
                break;
            case TableKind.PerformanceTargets:
                foreach (var t in events.OfType<PerformanceTargetsDeclared>())
                {
                    n.UnionWith(new[] { t.TotalFunds, t.AnnualFunds }.Concat(t.Funds.SelectMany(f => new[] { f.Period,
                        f.Annual })).OfType<Amount>().Select(a => a.Value));
                }

                break;
            case TableKind.PerformanceSelfEvaluation:
                foreach (var e in events.OfType<PerformanceSelfEvaluated>())
                {
                    n.UnionWith(e.Funds.SelectMany(f => new[] { f.Declared, f.Budgeted, f.FullYearBudget, f.Executed,
                        f.Balance, f.ExecutionRatePercent, f.Score }).OfType<decimal>());
                    n.UnionWith(e.Indicators.SelectMany(i => new[] { i.Weight, i.Score }).OfType<decimal>());
                    n.UnionWith(new[] { e.Score }.OfType<decimal>());
                }

                break;
            case TableKind.FinalAccountsRelatedInformation:
                foreach (var p in events.OfType<GovernmentProcurementStated>())
                {
                    n.UnionWith([p.Goods.Value, p.Works.Value, p.Services.Value, p.Goods.Value + p.Works.Value
                        + p.Services.Value]);
                }

                n.UnionWith(events.OfType<AgencyOperatingCostsStated>().Where(a => a.Basis ==
                    Basis.Actual).Select(a => a.Amount.Value));
                n.UnionWith(events.OfType<AssetsStated>().Select(a => a.Quantity).OfType<decimal>());
                break;
        }

        return n;
    }

    private static void ByKind(HashSet<decimal> n, IEnumerable<(FunctionalClassCode Code, ExpenditureKind? Kind,
        decimal Value)> lines)
    {
        var all = lines.ToList();
        Hierarchy(n, all.Select(l => (l.Code, l.Value)));
        Hierarchy(n, all.Where(l => l.Kind == ExpenditureKind.BasicExpenditure).Select(l => (l.Code, l.Value)));
        Hierarchy(n, all.Where(l => l.Kind == ExpenditureKind.ProjectExpenditure).Select(l => (l.Code, l.Value)));
    }

    /// <summary>Sums at every level of the functional classification, and the grand total.</summary>
    private static void Hierarchy(HashSet<decimal> n, IEnumerable<(FunctionalClassCode Code, decimal Value)> lines)
    {
        var all = lines.ToList();
        foreach (var length in new[] { 3, 5, 7 })
        {
            n.UnionWith(all.Where(l => l.Code.Value.Length >=
                length).GroupBy(l => l.Code.Value[..length]).Select(g => g.Sum(l => l.Value)));
        }

        n.Add(all.Sum(l => l.Value));
    }

    private static void Categories(HashSet<decimal> n, IEnumerable<(FunctionalClassCode Code, decimal Value)> lines)
    {
        var all = lines.ToList();
        n.UnionWith(all.GroupBy(l => l.Code.Category).Select(g => g.Sum(l => l.Value)));
        n.Add(all.Sum(l => l.Value));
    }

    private static void Economic(HashSet<decimal> n, IEnumerable<(EconomicClassCode Code,
        BasicExpenditureComponent Component, decimal? Amount, decimal? Basic)> lines)
    {
        var all = lines.ToList();
        foreach (var values in new Func<(EconomicClassCode Code, BasicExpenditureComponent Component, decimal? Amount,
            decimal? Basic), decimal?>[] { l => l.Amount, l => l.Basic })
        {
            var present = all.Where(l => values(l) is not null).ToList();
            n.UnionWith(present.GroupBy(l => l.Code).Select(g => g.Sum(l => values(l)!.Value)));
            n.UnionWith(present.GroupBy(l => (l.Code, l.Component)).Select(g => g.Sum(l => values(l)!.Value)));
            n.UnionWith(present.GroupBy(l => l.Code.Value[..3]).Select(g => g.Sum(l => values(l)!.Value)));
            n.UnionWith(present.GroupBy(l => (l.Code.Value[..3],
                l.Component)).Select(g => g.Sum(l => values(l)!.Value)));
            n.UnionWith(present.GroupBy(l => l.Component).Select(g => g.Sum(l => values(l)!.Value)));
            n.Add(present.Sum(l => values(l)!.Value));
        }
    }
}
