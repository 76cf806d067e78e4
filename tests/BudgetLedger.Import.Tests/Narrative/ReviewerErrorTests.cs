using System.Text;
using BudgetLedger.Domain.Checks;
using BudgetLedger.Import.Tests.Pdf;
using BudgetLedger.Import.Validation;

namespace BudgetLedger.Import.Tests.Narrative;

/// <summary>
/// A real document edited the way a reviewer's slip looks, in the notes only: each edit gives exactly one
/// narrative finding, naming its rule.
/// </summary>
public class ReviewerErrorTests
{
    private static List<Finding> NarrativeFindings(string seed, int line, string from, string to) =>
        Edited(Seeds.PathOf(seed), line, from, to);

    private static List<Finding> Edited(string path, int line, string from, string to)
    {
        var seed = Path.GetFileName(path);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        lines[line - 1].Should().Contain(from);
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        var before = new DisclosureImporter().Read(seed, File.ReadAllBytes(path)).Findings;
        return new DisclosureImporter().Read(seed, bytes).Findings.Except(before).ToList();
    }

    [Fact]
    public void A_notes_total_off_by_10_is_a_total_finding()
    {
        // line 385: "2023年度财政拨款收支总预算853.77万元" against the 财政拨款收支总表's 收入总计 853.77
        var findings = NarrativeFindings(Seeds.XinzhouSocialInsurance2023, 385, "总预算853.77", "总预算863.77");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.RuleId == "text-table.total"
            && f.Line == 385 && f.Severity == FindingSeverity.Inconsistency && f.Difference == 10m);
        RuleCatalogue.Get(findings[0].RuleId!).Kind.Should().Be(RuleKind.TextTable);
    }

    [Fact]
    public void A_direction_word_flipped_against_its_percentage_is_a_direction_finding()
    {
        // line 394: "一般公共预算当年拨款853.77万元,比上年增加187.15万元，增加28.07%"
        var findings = NarrativeFindings(Seeds.XinzhouSocialInsurance2023, 394, "比上年增加", "比上年减少");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-text.change-direction" && f.Line == 394);
    }

    [Fact]
    public void A_percentage_that_no_longer_follows_from_its_amounts_is_a_percentage_finding()
    {
        // line 394: 187.15 of 853.77 − 187.15 = 666.62 is 28.07%; 38.07% is not
        var findings = NarrativeFindings(Seeds.XinzhouSocialInsurance2023, 394, "增加28.07%", "增加38.07%");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-text.change-percentage" && f.Line == 394 && f.Expected == "28.07%");
    }

    [Fact]
    public void A_class_figure_off_by_10_is_a_functional_class_finding()
    {
        // line 370: "社会保障和就业支出(类)8,541.87万元" against the seven 208 items of 一般公共预算财政拨款支出决算表
        var findings = NarrativeFindings(Seeds.SocialInsuranceBureau2022, 370, "(类)8,541.87", "(类)8,551.87");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-table.functional-class" && f.Line == 370 && f.Expected == "8541.87");
    }

    [Fact]
    public void A_three_public_item_the_table_does_not_show_is_a_three_public_finding()
    {
        // line 406: "公务接待费0.30万元" against the 三公 table's 公务接待费 0.30
        var findings = NarrativeFindings(Seeds.DataCenter2026, 406, "公务接待费0.30万元", "公务接待费0.40万元");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-table.three-public-item" && f.Line == 406);
    }

    [Fact]
    public void A_procurement_part_off_by_10_is_a_procurement_finding()
    {
        // line 428: "政府采购货物支出35.41万元" against the 政府采购 figures of the 相关信息 table
        var findings = NarrativeFindings(Seeds.SocialInsuranceBureau2022, 428, "货物支出35.41", "货物支出45.41");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-table.procurement" && f.Line == 428 && f.Difference == 10m);
    }

    [Fact]
    public void A_comparison_word_flipped_against_its_two_figures_is_a_comparison_finding()
    {
        // Shiquan line 665: 年初预算 105.80, 支出决算 105.65, "决算数小于预算数"
        var findings = Edited(Path.Combine(PdfCorpus.Documents, Shiquan), 665, "决算数小于预算数", "决算数大于预算数");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-text.execution-comparison" && f.Line == 665 && f.Expected == "小于");
    }

    [Fact]
    public void A_completion_rate_that_no_longer_follows_is_an_execution_rate_finding()
    {
        // Shiquan line 665: 105.65 of 105.80 is 99.86%
        var findings = Edited(Path.Combine(PdfCorpus.Documents, Shiquan), 665, "预算的 99.86%", "预算的 98.86%");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-text.execution-rate" && f.Line == 665);
    }

    [Fact]
    public void A_project_expenditure_off_by_10_is_an_expenditure_kind_finding()
    {
        // line 377: "其中：基本支出57.3万元，占40.84%；项目支出83万元" against the one 项目支出 item, 83.00
        var findings = NarrativeFindings(Seeds.XinzhouCardCenter2023, 377, "项目支出83万元", "项目支出93万元");

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.RuleId == "text-table.expenditure-kind" && f.Line == 377 && f.Difference == 10m);
    }

    /// <summary>
    /// One edit each: the document (a seed or a corpus text), the line and what is replaced there, the rule that must
    /// name the one finding, and the line it cites.
    /// </summary>
    public static TheoryData<string, int, string, string, string, int> Edits => new()
    {
        // "支出预算853.77万元，其中：基本支出570.37万元，占66.81%" (570.37 of 853.77)
        { Seeds.XinzhouSocialInsurance2023, 381, "占66.81%", "占76.81%", "text-text.share", 381 },
        // "财政拨款决算支出8,662.13万元，占本年支出合计的100.00%", the 收支总表's 本年支出合计 8,662.13
        { Seeds.SocialInsuranceBureau2022, 362, "合计的100.00%", "合计的90.00%", "text-table.share", 362 },
        // "公务用车购置及运行维护费支出决算 19.56 万元，占 98.49%；公务接待费支出决算 0.3 万元，占 1.51%": no whole
        // stated, the shares add up to 100%, so the whole is their sum, 19.86
        { Yichuan, 837, "决算 19.56 万元，占", "决算 12.56 万元，占", "text-text.share", 837 },
        // "人员经费 510.76万元" against the 基本支出 table's 人员经费 items (510.75 summed)
        { Seeds.XinzhouSocialInsurance2023, 408, "人员经费 510.76", "人员经费 520.76",
            "text-table.basic-expenditure-component", 408 },
        // "基本支出 14,206 万元。其中：人员经费 12,010.40 万元，…；公用经费 2,195.60 万元" (lines 867–870; its tables
        // give no typed figures, so only the notes' own sum can tell)
        { Shiquan, 868, "经费 12,010.40", "经费 12,020.40", "text-text.basic-expenditure-parts", 867 },
        // Putuo's layout text puts a blank line after every line: "…；公用经费 10.23" (577), blank, "万元，…" (579)
        { PutuoLayout, 577, "公用经费 10.23", "公用经费 20.23", "text-table.basic-expenditure-component", 577 },
        // "（三）公务接待费0.46万元。与2025年预算持平", given a change beside its 持平
        { CityManagement, 274, "0.46万元。与2025年预算持平", "0.46万元，比2025年预算减少0.10万元，与2025年预算持平",
            "text-text.level-change", 274 },
        // "因公出国（境）费支出决算 0 万元" (886–887) said to have fallen to 0, and "因公出国（境）费支出与 2024 年持平"
        // (from 888)
        { Shiquan, 887, "决算 0 万元；", "决算减少至 0 万元；", "text-text.item-described-twice", 888 },
        // "（一）因公出国（境）费0万元，与2025年预算持平", said instead to have risen by 5 to 0 (last year's −5)
        { CityManagement, 270, "0万元，与2025年预算持平", "0万元，比2025年预算增加5万元", "text-text.change-direction",
            270 },
        // "…其他城乡社区管理事务支出（项）7957.59 万元，…年初预算为 7851.46 万元，支出决算为 7957.59 万元" (770–773)
        { Yichuan, 771, "（项）7957.59", "（项）7557.59", "text-text.item-execution", 771 },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Each_edit_gives_one_finding_naming_its_rule(string document, int line, string from, string to,
        string rule, int cited)
    {
        var path = Seeds.All.Contains(document) ? Seeds.PathOf(document) : Path.Combine(PdfCorpus.Documents, document);

        var findings = Edited(path, line, from, to);

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.RuleId == rule && f.Line == cited);
        RuleCatalogue.Get(rule).Should().NotBeNull();
    }

    private const string PutuoLayout = "2024-shanghai-putuo-social-work-dept-final-accounts.layout.txt";

    private const string Yichuan = "2025-shanghai-putuo-yichuan-road-subdistrict-final-accounts.pdfplumber.txt";

    private const string CityManagement = "2026-shanghai-putuo-city-management-budget.pdfplumber.txt";

    private const string Shiquan = "2025-shanghai-putuo-shiquan-road-subdistrict-final-accounts.pdfplumber.txt";
}
