using BudgetLedger.Domain.Tables;
using BudgetLedger.Import.Tables;

namespace BudgetLedger.Import.Tests.Tables;

/// <summary>Titles as provinces print them, recognised as the national table they are.</summary>
public class TableRecognizerTests
{
    [Theory]
    [InlineData("一般公共预算财政拨款基本支出决算表", TableKind.FinalAccountsBasicExpenditure)]
    [InlineData("六、一般公共预算财政拨款基本支出决算表", TableKind.FinalAccountsBasicExpenditure)]
    [InlineData("国有资本经营预算财政拨款收入支出决算表", TableKind.FinalAccountsStateCapital)]
    [InlineData("国有资本经营预算财政拨款支出决算表", TableKind.FinalAccountsStateCapital)]
    [InlineData("一般公共预算财政拨款支出决算表", TableKind.FinalAccountsGeneralPublicBudgetExpenditure)]
    [InlineData("支出决算表", TableKind.FinalAccountsExpenditure)]
    [InlineData("2022年一般预算支出预算表", TableKind.GeneralPublicBudgetExpenditure)]
    public void A_title_is_recognised_as_its_national_table(string title, TableKind kind) =>
        TableRecognizer.Recognize(title).Should().Be(kind);

    [Fact]
    public void A_title_no_rule_knows_is_not_recognised() =>
        TableRecognizer.Recognize("2022年神秘支出汇总表").Should().BeNull();
}
