using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Classification;
using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Units;
using BudgetLedger.Domain.Years;

namespace BudgetLedger.Testing;

/// <summary>
/// One instance of every event type, with figures from the seed disclosures. A test fails when an event
/// type has no sample here, so a new type cannot skip the round-trip tests.
/// </summary>
public static class SampleEvents
{
    public static readonly UnitId DataCenter = UnitId.Parse("shanxi-209105");
    public static readonly UnitId SocialInsuranceBureau = UnitId.Parse("shanxi-209100");
    public static readonly FiscalYear Year2022 = new(2022);
    public static readonly FiscalYear Year2026 = new(2026);
    public static readonly FunctionalClass InformationSystems = FunctionalClass.Of("2080108", "信息化建设");
    public static readonly SupervisingDepartment Hrss = new("209", "山西省人力资源和社会保障厅");

    public static EventMetadata Metadata(int row = 1) =>
        new(new EffectiveTime(Year2022, new DateOnly(2022, 2, 18)), Provenance.Imported(new string('a', 64),
            "2022年预算收入总表", row));

    public static IReadOnlyList<IBudgetEvent> All() =>
    [
        new UnitRegistered(DataCenter, "209105", "山西省工伤保险管理服务中心", Hrss, Year2022),
        new UnitRenamed(DataCenter, "山西省工伤保险管理服务中心", "山西省人力资源和社会保障数据中心（山西省社会保障卡管理中心）", null, Year2026, "晋编办字〔2023〕1号"),
        new DocumentImported(new string('a', 64), "2022-shanxi-work-injury-center-budget.txt",
            DocumentKind.BudgetDisclosure, DataCenter, "山西省工伤保险管理服务中心", "209105", Year2022, "2022年单位预算公开", 12, 240),
        new BudgetAppropriated(DataCenter, Year2022, InformationSystems, FundSource.GeneralPublicBudget,
            ExpenditureKind.ProjectExpenditure, Amount.TenThousandYuan(956.00m)),
        new CarryoverBroughtForward(DataCenter, Year2022, null, FundSource.GeneralPublicBudget, null,
            Amount.TenThousandYuan(0.00m)),
        new BudgetAdjusted(DataCenter, Year2022, InformationSystems, FundSource.GeneralPublicBudget,
            ExpenditureKind.ProjectExpenditure, AdjustmentKind.Supplement, Amount.TenThousandYuan(12.50m), "年中追加"),
        new FunctionTransferred(DataCenter, SocialInsuranceBureau, Year2026, "工伤认定、劳动能力鉴定经办",
            [
                new TransferredLine("工伤保险业务经办费", null, Amount.TenThousandYuan(53.23m)),
                new TransferredLine("工伤档案用房租赁费", null, Amount.TenThousandYuan(26.30m)),
                new TransferredLine("工伤认定、劳动能力鉴定数据治理费", InformationSystems, Amount.TenThousandYuan(198.06m)),
            ], "2026年单位预算情况说明"),
        new ExpenditureExecuted(SocialInsuranceBureau, Year2022, FunctionalClass.Of("2080107", "社会保险业务管理事务"),
            FundSource.GeneralPublicBudget, ExpenditureKind.BasicExpenditure, Amount.TenThousandYuan(1234.56m)),
        new YearEndBalanceCarriedForward(SocialInsuranceBureau, Year2022, null, FundSource.GeneralPublicBudget,
            Amount.TenThousandYuan(3.21m)),
        new BasicExpenditureBudgeted(DataCenter, Year2022, Basis.Budget, EconomicClass.Of("30101", "基本工资"),
            BasicExpenditureComponent.PersonnelCosts, Amount.TenThousandYuan(210.77m)),
        new ProjectDeclared(DataCenter, Year2026, "社会保障卡工作经费", ProjectFunding.Carryover,
            FundSource.GeneralPublicBudget, Amount.TenThousandYuan(42.90m)),
        new PerformanceTargetsDeclared(DataCenter, Year2026, "人社数据工作经费", ProjectKind.Recurring,
            Amount.Yuan(2_000_000m), Amount.Yuan(200_000m),
            [new FundingLine("省级财政资金", Amount.Yuan(2_000_000m), Amount.Yuan(200_000m))],
            [new PerformanceTarget("产出指标", "接口改造数量", "≥9个")]),
        new PerformanceSelfEvaluated(SocialInsuranceBureau, Year2022, "社会保险经办费", Amount.TenThousandYuan(252.83m),
            Amount.TenThousandYuan(221.51m), 87.61m, 93.76m,
            [new EvaluatedFunds("省级财政资金", 252.83m, 252.83m, 252.83m, 221.51m, 31.32m, 87.61m, 8.76m)],
            [new EvaluatedIndicator("产出指标", "数量指标 | 社保业务专项调研 | ≥5次 | ≥5次 | ≥5次 | 无偏差", 5m, 5m)]),
        new VarianceReasonStated(DataCenter, Year2026, VarianceSubjectKind.UnitTotal, "单位预算总额",
            VarianceDirection.Decrease, Amount.TenThousandYuan(148.58m), VarianceReasonKind.Transfer,
            "比上年减少148.58万元，下降9.50%，主要原因是工伤认定职能划转", Amount.TenThousandYuan(1563.24m)),
        new ThreePublicExpensesStated(SocialInsuranceBureau, Year2022, Basis.Actual, null, null,
            Amount.TenThousandYuan(1.39m), null, Amount.TenThousandYuan(1.39m)),
        new AgencyOperatingCostsStated(SocialInsuranceBureau, Year2022, Basis.Budget, Amount.TenThousandYuan(88.10m)),
        new GovernmentProcurementStated(DataCenter, Year2022, Basis.Budget, Amount.TenThousandYuan(120.00m),
            Amount.TenThousandYuan(0m), Amount.TenThousandYuan(836.00m)),
        new AssetsStated(SocialInsuranceBureau, Year2022, "车辆", 2m, null),
        new FindingRecorded(SocialInsuranceBureau, Year2022, new string('c', 64), "财政拨款“三公”经费支出决算表", 257,
            "执行率 stated in the notes = actual ÷ budget", "100.00%", "10.69%"),
        new FindingRaised(SocialInsuranceBureau, Year2022, "0d898a4a040b8d4d", "text-table.three-public-completion",
            false, ["2022-shanxi-social-insurance-bureau-final-accounts.txt"], "情况说明, line 400",
            "执行率 stated in the notes = actual ÷ budget", "100%", "10.69%"),
        new FindingCleared(SocialInsuranceBureau, Year2022, "0d898a4a040b8d4d", "text-table.three-public-completion",
            "情况说明, line 400", "the documents the ledger now holds no longer give it"),
        new TablePublished(DataCenter, Year2022, new string('d', 64), 3, "2022年一般公共预算支出预算表", 120,
            AmountUnit.TenThousandYuan,
            [new PublishedRow(123, 2, ["科目编码", "科目名称", "合计"]),
                new PublishedRow(124, 2, ["2080107", "社会保险经办机构", "1,129.97"])], ["本表无数据"]),
        new RevenueStated(SocialInsuranceBureau, Year2022, Basis.Actual, "一般公共预算财政拨款收入",
            Amount.TenThousandYuan(9349.70m)),
        new SurplusDistributed(SocialInsuranceBureau, Year2022, Amount.TenThousandYuan(0.07m)),
        new EconomicExpenditureExecuted(SocialInsuranceBureau, Year2022, EconomicClass.Of("30201", "办公费"),
            BasicExpenditureComponent.OperatingCosts, Amount.TenThousandYuan(52.70m), Amount.TenThousandYuan(12.48m)),
        new FunctionalClassesNamed(DataCenter, Year2022, [FunctionalClass.Of("208", "社会保障和就业支出"),
            FunctionalClass.Of("20801", "人力资源和社会保障管理事务"), InformationSystems]),
        new EventReversed(Guid.Parse("0b7a3c1e-9f3d-8a52-b1c4-5d6e7f809a1b"), "V1.BudgetAdjusted", "录入错误，以更正事件重述",
            [DataCenter]),
        new ProjectAliasRecorded(DataCenter, "工伤保险业务经办费", ["工伤业务保险经办费"]),
    ];
}
