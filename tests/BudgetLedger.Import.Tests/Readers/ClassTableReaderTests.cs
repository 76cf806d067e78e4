using BudgetLedger.Domain.Tables;
using BudgetLedger.Import.Readers;
using BudgetLedger.Import.Tables;
using BudgetLedger.Import.Validation;
using Xunit.Abstractions;

namespace BudgetLedger.Import.Tests.Readers;

public class ClassTableReaderTests(ITestOutputHelper output)
{
    private static readonly TableKind[] ClassTableKinds = [TableKind.RevenueSummary, TableKind.ExpenditureSummary,
        TableKind.GeneralPublicBudgetExpenditure];

    private static ClassTable Table(string seed, TableKind kind) =>
        ClassTableReader.Read(seed,
            TableSegmenter.Split(Seeds.Text(seed)).Single(t => TableRecognizer.Recognize(t.Title) == kind));

    [Fact]
    public void The_2022_work_injury_centre_budgets_956_wan_yuan_of_project_expenditure_on_information_systems()
    {
        var table = Table(Seeds.WorkInjuryCenter2022, TableKind.GeneralPublicBudgetExpenditure);

        table.Row("2080108")!["项目支出"].Should().Be(956.00m);
        table.Row("2080108")!.Class!.Name.Should().Be("信息化建设");
        table.Row("2080108")!["基本支出"].Should().BeNull("a blank cell is not stated, not zero");
        table.Total!["合计"].Should().Be(1762.94m);
        table.Total["基本支出"].Should().Be(728.19m);
        table.Rows.Should().HaveCount(13);
    }

    [Fact]
    public void An_unlabelled_first_row_of_figures_is_the_total()
    {
        var table = Table(Seeds.WorkInjuryCenter2022, TableKind.ExpenditureSummary);

        table.Total!["合计"].Should().Be(1762.94m);
        table.Total["项目支出"].Should().Be(1034.75m);
    }

    [Fact]
    public void The_2026_data_centre_carries_42_90_forward_on_social_insurance_administration()
    {
        var table = Table(Seeds.DataCenter2026, TableKind.RevenueSummary);

        table.Columns.Should().Contain(["合计", "一般公共预算", "上年结转"]);
        table.Row("2080107")!["上年结转"].Should().Be(42.90m);
        table.Row("2080107")!["合计"].Should().Be(267.12m);
        table.Total!["上年结转"].Should().Be(42.90m);
    }

    public static TheoryData<string> SeedNames => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_class_table_of_every_seed_reads_and_its_identities_hold_within_rounding(string seed)
    {
        var tables = TableSegmenter.Split(Seeds.Text(seed)).Where(t => TableRecognizer.Recognize(t.Title) is { } k
            && ClassTableKinds.Contains(k)).ToList();
        var findings = new List<Finding>();
        foreach (var raw in tables)
        {
            var table = ClassTableReader.Read(seed, raw);
            findings.AddRange(ClassTableChecks.Check(table, ["基本支出", "项目支出", "一般公共预算", "政府性基金", "国有资本经营预算",
                "财政专户管理资金", "单位资金"]));
        }

        findings.ForEach(f => output.WriteLine(f.ToString()));
        findings.Where(f => f.Severity == FindingSeverity.Inconsistency).Should().BeEmpty();
    }
}
