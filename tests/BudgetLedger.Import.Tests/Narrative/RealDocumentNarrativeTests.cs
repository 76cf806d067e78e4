using BudgetLedger.Domain.Checks;
using BudgetLedger.Import.Tests.Pdf;
using BudgetLedger.Import.Validation;

namespace BudgetLedger.Import.Tests.Narrative;

/// <summary>
/// The narrative findings of every seed and corpus document, each checked by hand against the document. Every
/// other stated figure the checks pin down agrees with its table (or its own change), as listed in each comment.
/// </summary>
public class RealDocumentNarrativeTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        // No 情况说明 at all: the budget prints only tables.
        { Seeds.WorkInjuryCenter2022, [] },
        // Agree: 预算收入总计 and 财政拨款收支总预算 1,414.66 (lines 362, 376); the 三公 items of line 406; the
        // changes of lines 362 (148.58 of 1,563.24 = 9.50%) and 383 (134.17 of 1,505.93 = 8.91%).
        { Seeds.DataCenter2026, [] },
        // Line 400: "完成全年预算的10.69%" while the 三公 table shows 1.39 of 1.39 (the seed's known finding).
        // Agree: 财政拨款收入总计 9,349.70 (356); the three 类 of lines 368–372; 机关运行经费 274.68 (424);
        // 政府采购 85.91 = 35.41 + 14.63 + 35.87 (428); changes of 322, 356, 362 (4,637.07 of 4,025.06 = 115.2%), 424;
        // 完成年初预算的 296.53%, 303.21%, 111.79% (376, 378); 基本支出 3,583.57 against items summing to 3,583.58,
        // within their rounding, and 项目支出 5,078.55 (344, 346); line 438's 项目支出 749.99 is the evaluated
        // projects' (a sentence about 绩效), not compared.
        { Seeds.SocialInsuranceBureau2022, ["text-table.three-public-completion@400"] },
        // Agree: totals 853.77 (371, 385); 类 803.78 against items summing to 803.77, within their rounding (387,
        // 398); 机关运行经费 59.61 (418); changes of 394 (187.15 of 666.62 = 28.07%) and 418 (8.86 of 68.47 = 12.94%).
        { Seeds.XinzhouSocialInsurance2023, [] },
        // Agree: totals 140.30 (363, 381); the three 类 (383, 394); change of 390 (84.74 of 225.04 = 37.66%).
        { Seeds.XinzhouCardCenter2023, [] },
    };

    /// <summary>
    /// The corpus. Every other document gives none: its stated changes' percentages follow (e.g. Shiquan line 607:
    /// 100.46 of 18,943.81 = 0.53%; Quanzhou 公务用车购置费 261.90, 减少2.30, 下降0.87%), its 年初预算/支出决算
    /// pairs agree with their 完成…% and 大于/小于/等于 (Shiquan lines 641–863, Yichuan 655–854, Putuo's PDF), and
    /// its stated figures agree with what its tables give, or map to no table figure. Seen by hand and not
    /// reported, because the checks do not pin them down: Yichuan's 三公 vehicle line (lines 830–832)
    /// "减少3.59万元，下降15.31%" copies the whole 三公 change, though 3.59 of 19.56 + 3.59 is 15.51%, but its
    /// 19.56 is stated two sentences earlier; Yichuan's 其他住房保障支出（项）135.00 (line 853) against its table's
    /// 105.00 is an item (项) figure no check reads, and its tables give no typed events to compare with. Shares
    /// (占X%) follow from their figures except, by one unit, Putuo's 住房保障支出 9.55% (29.42 of 307.82 is 9.56%)
    /// and Shiquan's 教育支出 0.08% (16.24 of 19,044.27 is 0.09%, line 630): each list was made to add up to 100%,
    /// so not reported. 人员经费 + 公用经费 add up to the 基本支出 they follow everywhere (Putuo 95.36 + 10.23 against
    /// 105.58 and Yichuan 12,192.15 + 1,915.3 against 14,107.46 within rounding); every 持平 stands alone or beside
    /// a zero change (Quanzhou "增加 0.00 万元，增长 0.00%，与上年持平"; Hangzhou's "基本持平" is not one).
    /// </summary>
    private static readonly Dictionary<string, string[]> CorpusFindings = new()
    {
        // Line 738: 职业年金缴费支出（项） "年初预算为 274.82 万元，支出决算为 245.53 万元，完成年初预算的 93.57%":
        // 245.53 of 274.82 is 89.34%; 93.57% is the 257.14 the same paragraph names the item with (line 735).
        // Line 735, the same paragraph: the item is headed "职业年金缴费支出（项）”257.14 万元" but its 支出决算 is
        // 245.53 (line 738).
        ["2025-shanghai-putuo-shiquan-road-subdistrict-final-accounts.pdfplumber.txt"] =
            ["text-text.execution-rate@738", "text-text.item-execution@735"],
        // Line 642: "一般公共预算财政拨款支出 20218.21 万元 … 与 2024 年度相比 … 减少 929.49 万元，下降 4.35%":
        // last year was 20,218.21 + 929.49 = 21,147.70, and 929.49 of it is 4.40%, not 4.35% (the whole
        // 收入支出总计's change of line 625, 959.49 of 21,282.70 = 4.51%, holds).
        ["2025-shanghai-putuo-yichuan-road-subdistrict-final-accounts.pdfplumber.txt"] =
            ["text-text.change-percentage@642"],
    };

    public static TheoryData<string> Corpus => [.. PdfCorpus.Disclosures];

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_seed_gives_exactly_its_narrative_findings(string seed, string[] expected)
    {
        var findings = new DisclosureImporter().Read(seed, Seeds.Bytes(seed)).Findings;

        Narrative(findings).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Each_corpus_document_gives_exactly_its_narrative_findings(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(PdfCorpus.Documents, name));

        Narrative(new DisclosureImporter().Read(name, bytes).Findings).Should()
            .BeEquivalentTo(CorpusFindings.GetValueOrDefault(name, []));
    }

    [Fact]
    public void The_seeds_three_known_findings_still_come_out()
    {
        var findings = Seeds.All.SelectMany(s => new DisclosureImporter().Read(s, Seeds.Bytes(s)).Findings).ToList();

        findings.Should().Contain(f => f.RuleId == "text-table.three-public-completion" && f.Actual == "10.69%");
        findings.Should().Contain(f => f.ToString().Contains("2010150"));
        findings.Should().Contain(f => f.ToString().Contains("2023年11月31日"));
    }

    [Fact]
    public void Every_narrative_rule_is_in_the_catalogue()
    {
        string[] ids = ["text-text.change-direction", "text-text.change-percentage", "text-table.total",
            "text-table.three-public-item", "text-table.agency-operating-costs", "text-table.procurement",
            "text-table.functional-class", "text-table.three-public-completion", "text-text.execution-rate",
            "text-text.execution-comparison", "text-table.expenditure-kind", "text-text.share", "text-table.share",
            "text-table.basic-expenditure-component", "text-text.basic-expenditure-parts", "text-text.level-change",
            "text-text.item-described-twice", "text-text.item-execution"];

        ids.Select(RuleCatalogue.Get).Select(r => r.Kind).Should().OnlyContain(k =>
            k == RuleKind.TextTable || k == RuleKind.TextText);
    }

    private static IEnumerable<string> Narrative(IEnumerable<Finding> findings) =>
        findings.Where(f => f.Table == "情况说明").Select(f => $"{f.RuleId}@{f.Line}");
}
