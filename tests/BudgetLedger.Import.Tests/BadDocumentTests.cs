using System.Text;
using BudgetLedger.Domain.Amounts;
using BudgetLedger.Domain.Events;
using BudgetLedger.EventStore.Reading;
using BudgetLedger.EventStore.Sqlite;

namespace BudgetLedger.Import.Tests;

/// <summary>
/// Damaged documents: each is refused naming where and why, or imports exactly; a refusal writes nothing.
/// </summary>
public sealed class BadDocumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("budget-ledger-import-").FullName;

    private static string SeedText => Encoding.UTF8.GetString(Seeds.Bytes(Seeds.WorkInjuryCenter2022));

    private static ImportException Refused(string name, string text) =>
        FluentActions.Invoking(()
            => new DisclosureImporter().Read(name,
            Encoding.UTF8.GetBytes(text))).Should().Throw<ImportException>().Which;

    [Fact]
    public void A_number_replaced_by_text_is_refused_naming_the_table_line_and_column()
    {
        var lines = SeedText.Split('\n');
        var at = Array.FindLastIndex(lines, l => l.StartsWith("2080108\t[2080108]信息化建设\t956.00\t\t956.00",
            StringComparison.Ordinal));
        lines[at] = lines[at].Replace("\t\t956.00", "\t\t九五六", StringComparison.Ordinal);

        var error = Refused("tampered.txt", string.Join('\n', lines));

        error.File.Should().Be("tampered.txt");
        error.Table.Should().Be("2022年一般预算支出预算表");
        error.Line.Should().Be(at + 1);
        error.Rule.Should().Contain("项目支出").And.Contain("'九五六' is not an amount");
    }

    [Fact]
    public void A_space_aligned_table_whose_row_cannot_be_placed_under_its_columns_is_refused_naming_the_row()
    {
        // The second and third rows' cells bridge the first row's two cells: their columns cannot be told apart.
        var text = string.Join('\n', "部门：测试单位", "2022年预算支出总表", "单位：万元", "科目  合计",
            "1.00  2.00", "   3.0", "     4.0", "\f第二页");

        var error = Refused("ambiguous.txt", text);

        (error.Table, error.Line, error.Page).Should().Be(("2022年预算支出总表", 5, 1));
        error.Rule.Should().StartWith("two cells of this row fall under one column");
    }

    [Fact]
    public void A_second_table_of_a_kind_read_once_is_kept_as_printed_naming_the_first()
    {
        var lines = SeedText.Split('\n').ToList();
        var title = lines.IndexOf("2022年一般预算支出预算表");
        var next = lines.IndexOf("一般公共预算安排基本支出分经济科目表");
        lines.InsertRange(next, lines.GetRange(title, next - title));

        var document = new DisclosureImporter().Read("twice.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        document.NotInterpreted.Should().ContainSingle().Which.NotInterpretedBecause.Should()
            .Be("a second 一般公共预算支出预算表: the first, page 1, line 131, is the one read");
    }

    [Fact]
    public void Every_problem_of_a_document_is_reported_at_once_each_with_its_table_and_line()
    {
        var lines = SeedText.Split('\n');
        lines[143] = lines[143].Replace("956.00\t\t956.00", "956.00\t\t95x.00", StringComparison.Ordinal);
        lines[225] = "合计\t1.0o";

        var error = Refused("two-problems.txt", string.Join('\n', lines));

        error.Problems.Should().HaveCount(2);
        error.Problems.Select(p => p.Line).Should().BeEquivalentTo([144, 226]);
        error.Message.Should().Contain("2 problems:").And.Contain("'95x.00' is not an amount")
            .And.Contain("'1.0o' is not an amount");
    }

    [Fact]
    public void A_document_cut_before_the_last_entry_of_its_contents_is_refused_naming_that_entry()
    {
        var text = Encoding.UTF8.GetString(Seeds.Bytes(Seeds.DataCenter2026));
        var cut = text[..text.IndexOf("第三部分 2026年度单位预算情况说明\n", 200, StringComparison.Ordinal)];

        var error = Refused("cut.txt", cut);

        error.Rule.Should().Be("the contents end with '第四部分 名词解释' (line 43), which the document never reaches: "
            + "it is cut short");
        error.Line.Should().Be(43);
    }

    [Fact]
    public void A_document_that_ends_at_a_table_title_is_refused_as_cut_short()
    {
        var lines = SeedText.Split('\n');
        var title = Array.FindIndex(lines, l => l.StartsWith("2022年机关运行经费", StringComparison.Ordinal));

        var error = Refused("cut.txt", string.Join('\n', lines.Take(title + 3)));

        error.Table.Should().StartWith("2022年机关运行经费");
        error.Rule.Should().Contain("cut short");
    }

    [Fact]
    public void A_truncated_document_is_refused_as_incomplete()
    {
        var error = Refused("truncated.txt", SeedText[..(SeedText.Length / 3)]);

        error.Rule.Should().Contain("truncated").And.Contain("“三公”经费支出表");
    }

    [Fact]
    public void A_table_whose_header_drops_a_column_its_reader_needs_is_kept_as_printed_naming_the_column()
    {
        var lines = SeedText.Split('\n');
        var header = Array.FindIndex(lines, l => l == "科目编码\t科目名称\t合计\t基本支出\t项目支出");
        lines[header] = "科目编码\t科目名称\t合计\t基本支出";

        var document = new DisclosureImporter().Read("dropped-column.txt", Encoding.UTF8.GetBytes(
            string.Join('\n', lines)));

        document.NotInterpreted.Should().ContainSingle(t => t.NotInterpretedBecause
            == "its header names no 项目支出 column");
        document.Events.Select(e => e.Event).OfType<TablePublished>().Should().HaveCount(15, "every table is kept");
    }

    [Fact]
    public void A_table_in_yuan_is_read_in_yuan_and_compared_with_the_wan_yuan_tables_through_exact_conversion()
    {
        var lines = SeedText.Split('\n');
        var title = Array.FindIndex(lines, l => l == "2022年预算支出总表");
        var unit = Array.FindIndex(lines, title, l => l.StartsWith("单位：", StringComparison.Ordinal));
        lines[unit] = "单位：元";

        var document = new DisclosureImporter().Read("yuan.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        document.NotInterpreted.Should().BeEmpty();
        document.Events.Select(e => e.Event).OfType<TablePublished>()
            .Single(t => t.Title == "2022年预算支出总表").Unit.Should().Be(AmountUnit.Yuan);
        document.Inconsistencies.Should().Contain(f => f.Rule == "合计: 支出总表 = 一般公共预算支出表 + 上年结转"
            && f.Actual == "0.176294", "the same printed figures now say 1,762.94 元, not 万元");
    }

    [Fact]
    public void Project_tables_that_disagree_with_the_appropriation_table_are_a_finding()
    {
        var text = Encoding.UTF8.GetString(Seeds.Bytes(Seeds.DataCenter2026));
        var projectTable = text.IndexOf("2026年项目支出预算表（本年预算）\n", StringComparison.Ordinal);
        var edited = text[..projectTable] + text[projectTable..]
            .ReplaceFirst("\t287.12\t287.12", "\t277.12\t277.12")
            .ReplaceFirst("社会保障卡工作经费\t247.12\t247.12", "社会保障卡工作经费\t237.12\t237.12");

        var document = new DisclosureImporter().Read("edited.txt", Encoding.UTF8.GetBytes(edited));

        document.Inconsistencies.Should().ContainSingle().Which.Rule.Should().Be("项目支出预算表（本年预算） = 一般公共预算支出表 项目支出");
    }

    [Fact]
    public void A_table_nobody_knows_is_kept_as_printed_and_listed_as_not_interpreted()
    {
        var text = SeedText.Replace("2022年机关运行经费预算财政拨款情况统计表", "2022年神秘支出汇总表", StringComparison.Ordinal);

        var document = new DisclosureImporter().Read("unknown-table.txt", Encoding.UTF8.GetBytes(text));

        document.NotInterpreted.Select(t => t.Table.Title).Should().Equal("2022年神秘支出汇总表");
        document.Events.Select(e => e.Event).OfType<TablePublished>().Single(t => t.Title ==
            "2022年神秘支出汇总表").Kind.Should().BeNull();
        document.Events.Select(e => e.Event).Should().NotContain(e => e is AgencyOperatingCostsStated, "nothing is "
            + "read from a table no rule recognises");
    }

    [Fact]
    public void Shuffled_class_rows_import_to_the_same_facts()
    {
        var lines = SeedText.Split('\n').ToList();
        var a = lines.FindIndex(l => l.StartsWith("2080505\t[2080505]", StringComparison.Ordinal)
            && l.Split('\t').Length == 5);
        var b = lines.FindIndex(a + 1, l => l.StartsWith("2080506\t[2080506]", StringComparison.Ordinal));
        (lines[a], lines[b]) = (lines[b], lines[a]);

        var shuffled = new DisclosureImporter().Read("shuffled.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var original = new DisclosureImporter().Read("seed.txt", Seeds.Bytes(Seeds.WorkInjuryCenter2022));

        shuffled.Inconsistencies.Select(f => f.Rule).Should().Equal(original.Inconsistencies.Select(f => f.Rule));
        shuffled.Events.Select(e => e.Event)
            .Where(e => e is not (DocumentImported or FindingRecorded or TablePublished))
            .Should().BeEquivalentTo(
                original.Events.Select(e => e.Event)
                    .Where(e => e is not (DocumentImported or FindingRecorded or TablePublished)),
                o => o.RespectingRuntimeTypes()
                    .ComparingByValue<Domain.Years.FiscalYear>()
                    .ComparingByValue<Domain.Amounts.Amount>()
                    .ComparingByValue<Domain.Classification.FunctionalClassCode>()
                    .ComparingByValue<Domain.Classification.EconomicClassCode>()
                    .ComparingByValue<Domain.Units.UnitId>());
    }

    [Fact]
    public void A_gbk_encoded_seed_imports_to_the_same_facts_as_the_utf8_one()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936).GetBytes(SeedText);

        var fromGbk = new DisclosureImporter().Read("gbk.txt", gbk);
        var fromUtf8 = new DisclosureImporter().Read("utf8.txt", Seeds.Bytes(Seeds.WorkInjuryCenter2022));

        fromGbk.Events.Count.Should().Be(fromUtf8.Events.Count);
        fromGbk.Events.Select(e => e.Event).Where(e => e is not (DocumentImported or FindingRecorded or TablePublished))
            .Select(e => e.ToString())
            .Should().Equal(fromUtf8.Events.Select(e => e.Event)
                .Where(e => e is not (DocumentImported or FindingRecorded or TablePublished))
                .Select(e => e.ToString()));
        fromGbk.Inconsistencies.Select(f => f.Rule).Should().Equal(fromUtf8.Inconsistencies.Select(f => f.Rule));
    }

    [Fact]
    public async Task A_refused_document_leaves_the_store_exactly_as_it_was()
    {
        var path = Path.Combine(_folder, "ledger.db");
        await using var store = SqliteEventStore.Open(path);
        await DocumentWriter.Write(store, new DisclosureImporter().Read(Seeds.DataCenter2026,
            Seeds.Bytes(Seeds.DataCenter2026)));
        var before = await store.ReadAll().Select(e => e.EventId).ToListAsync();

        FluentActions.Invoking(()
            => new DisclosureImporter().Read("truncated.txt",
            Encoding.UTF8.GetBytes(SeedText[..2000]))).Should().Throw<ImportException>();

        (await store.ReadAll().Select(e => e.EventId).ToListAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task Importing_a_document_twice_writes_nothing_the_second_time()
    {
        var path = Path.Combine(_folder, "twice.db");
        await using var store = SqliteEventStore.Open(path);
        var document = new DisclosureImporter().Read(Seeds.WorkInjuryCenter2022,
            Seeds.Bytes(Seeds.WorkInjuryCenter2022));

        var first = await DocumentWriter.Write(store, document);
        var second = await DocumentWriter.Write(store, new DisclosureImporter().Read(Seeds.WorkInjuryCenter2022,
            Seeds.Bytes(Seeds.WorkInjuryCenter2022)));

        first.AlreadyStored.Should().BeFalse();
        second.AlreadyStored.Should().BeTrue();
        (await store.ReadAll().CountAsync()).Should().Be(document.Events.Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

internal static class StringExtensions
{
    public static string ReplaceFirst(this string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return at < 0 ? throw new ArgumentException($"'{from}' not found") : text[..at] + to + text[(at
            + from.Length)..];
    }
}
