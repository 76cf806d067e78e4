using System.Text;

namespace BudgetLedger.Import.Tests.Completeness;

/// <summary>
/// Real text documents edited the way reviewers' errors look: each edit gives exactly one completeness finding,
/// naming its rule and line, and the document still imports.
/// </summary>
public class EditedDocumentCompletenessTests
{
    private static string[] Lines(string name) => Encoding.UTF8.GetString(CompletenessFindings.Bytes(name)).Split('\n');

    private static List<string> FindingsAfter(string name, Func<string[], IEnumerable<string>> edit)
    {
        var before = CompletenessFindings.Of(CompletenessFindings.Read(name));
        var after = CompletenessFindings.Of(CompletenessFindings.Read(name, string.Join('\n', edit(Lines(name)))));
        return after.Except(before).ToList();
    }

    private static IEnumerable<string> Replaced(string[] lines, int line, string from, string to)
    {
        lines[line - 1].Should().Contain(from, "the edit is made where the document prints it");
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        return lines;
    }

    [Fact]
    public void An_empty_table_whose_statement_is_removed_is_a_finding()
    {
        // Seed 000 line 195 "备注：我单位无政府性基金预算收入", the only statement under the empty 政府性基金预算收入表
        // (title line 188).
        var findings = FindingsAfter(Seeds.WorkInjuryCenter2022,
            lines => lines.Where((_, i) => i + 1 != 195));

        findings.Should().Equal("completeness.empty-table-statement line 188");
    }

    [Fact]
    public void A_national_table_removed_whole_is_a_finding()
    {
        // Seed 000 lines 197–205: the 2022年政府性基金预算支出表, which every budget of the seeds and the corpus prints
        // but the importer does not need. Missing, it is cited at the first table's title (line 3).
        var findings = FindingsAfter(Seeds.WorkInjuryCenter2022,
            lines => lines.Where((_, i) => i + 1 is < 197 or > 205));

        findings.Should().Equal("completeness.national-table line 3");
    }

    [Fact]
    public void A_national_table_printed_twice_is_a_finding_at_the_second()
    {
        // Seed 000 lines 197–205 (2022年政府性基金预算支出表) pasted again after themselves: the copy's title is line 206.
        var findings = FindingsAfter(Seeds.WorkInjuryCenter2022,
            lines => [.. lines.Take(205), .. lines.Skip(196).Take(9), .. lines.Skip(205)]);

        findings.Should().Equal("completeness.national-table line 206");
    }

    [Fact]
    public void A_national_table_moved_out_of_order_is_one_finding_at_it()
    {
        // Seed 000 lines 216–227, its 2022年一般公共预算“三公”经费支出情况统计表, moved to before the 2022年预算支出表
        // (line 66): the moved table (its title then on line 66) is out of place, not the four tables it passed.
        var findings = FindingsAfter(Seeds.WorkInjuryCenter2022,
            lines => [.. lines.Take(65), .. lines.Skip(215).Take(12), .. lines.Skip(65).Take(150), .. lines.Skip(227)]);

        findings.Should().Equal("completeness.national-table line 66");
    }

    [Fact]
    public void A_year_typed_with_three_digits_in_the_contents_is_a_finding()
    {
        // Seed 002 line 12, the contents entry "第二部分 2022年部门决算表.....3".
        var findings = FindingsAfter(Seeds.SocialInsuranceBureau2022, lines => Replaced(lines, 12, "2022年", "202年"));

        findings.Should().Equal("completeness.title-year line 12");
    }

    [Fact]
    public void A_placeholder_left_in_a_sentence_of_the_notes_is_a_finding()
    {
        // Seed 002 line 386, the notes on 公用经费: "主要包括办公费12.48万元" as a drafter's blank.
        var findings = FindingsAfter(Seeds.SocialInsuranceBureau2022,
            lines => Replaced(lines, 386, "办公费12.48万元", "办公费XX万元"));

        findings.Should().Equal("completeness.placeholder line 386");
    }

    [Fact]
    public void Reception_spending_without_its_batches_and_persons_is_a_finding()
    {
        // Seed 002 line 418 "4、公务接待费支出0.54万元，共接待1批次，9人次。国内接待费…0批次，0人次…" said without its
        // counts; line 408 still says "共接待1批次，9个人", which gives no 人次.
        var findings = FindingsAfter(Seeds.SocialInsuranceBureau2022, lines =>
        {
            lines[417].Should().StartWith("4、公务接待费支出0.54万元，共接待1批次，9人次。");
            lines[417] = "4、公务接待费支出0.54万元，主要是接待云南省来我省进行社保基金管理交叉检查工作。";
            return lines;
        });

        findings.Should().Equal("completeness.reception-batches line 418");
    }

    [Fact]
    public void Vehicle_spending_without_the_vehicles_kept_is_a_finding()
    {
        // Seed 002 line 416 "3、公务用车运行维护费支出0.84万元，使用财政拨款负担的公务用车保有量共2辆车，…" loses its count.
        var findings = FindingsAfter(Seeds.SocialInsuranceBureau2022,
            lines => Replaced(lines, 416, "使用财政拨款负担的公务用车保有量共2辆车，", ""));

        findings.Should().Equal("completeness.vehicle-count line 416");
    }

    [Fact]
    public void A_table_the_contents_list_but_the_body_lacks_is_a_finding_at_its_entry()
    {
        // Putuo lines 417–432, its 国有资本经营预算财政拨款收入支出决算表 (not in every 决算, so not a core table), cut
        // out: its contents entry, line 31 "九、国有资本经营预算财政拨款收入支出决算表", names a table the body lacks.
        const string putuo = "2024-shanghai-putuo-social-work-dept-final-accounts.layout.txt";
        var findings = FindingsAfter(putuo, lines => lines.Where((_, i) => i + 1 is < 417 or > 432));

        findings.Should().Equal("completeness.contents-table line 31");
    }

    [Fact]
    public void A_table_left_out_of_the_contents_is_a_finding_at_its_title()
    {
        // Putuo's contents line 29 "八、政府性基金预算财政拨款收入支出决算表" blanked: the table (title line 401, page 15)
        // is then in the body only.
        const string putuo = "2024-shanghai-putuo-social-work-dept-final-accounts.layout.txt";
        var document = CompletenessFindings.Read(putuo, string.Join('\n',
            Replaced(Lines(putuo), 29, "八、政府性基金预算财政拨款收入支出决算表", "")));

        var finding = document.Findings.Should().ContainSingle(f => f.RuleId == "completeness.contents-table").Which;
        finding.Line.Should().Be(401);
        finding.Table.Should().Be("政府性基金预算财政拨款收入支出决算表");
        finding.Rule.Should().Be(Domain.Checks.RuleCatalogue.Get("completeness.contents-table").Checks);
        finding.Expected.Should().Be("政府性基金预算财政拨款收入支出决算表 in the contents");
        finding.Actual.Should().Be("not listed there (table on page 15)");
        CompletenessFindings.Of(document).Should().Equal("completeness.contents-table line 401");
    }
}
