using System.Text;
using BudgetLedger.Domain.Checks;
using BudgetLedger.Import.Validation;

namespace BudgetLedger.Import.Tests.Narrative;

/// <summary>
/// A real document edited the way a reviewer's slip looks, in the notes only: each edit gives exactly one
/// narrative finding, naming its rule.
/// </summary>
public class ReviewerErrorTests
{
    private static List<Finding> NarrativeFindings(string seed, int line, string from, string to)
    {
        var lines = File.ReadAllLines(Seeds.PathOf(seed)).ToList();
        lines[line - 1].Should().Contain(from);
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        var before = new DisclosureImporter().Read(seed, Seeds.Bytes(seed)).Findings;
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
}
