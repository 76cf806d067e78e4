using System.Text;

namespace BudgetLedger.Import.Tests.Validation;

/// <summary>Every printed figure of 机关运行经费 takes part in an identity, so a changed digit shows up.</summary>
public class AgencyOperatingCostsChecksTests
{
    // The mutation run found these changes going in silently: no identity covered the table's fund columns.
    [Theory]
    [InlineData("忻州市社会保险中心\t59.61\t59.61", "忻州市社会保险中心\t59.61\t59.65")]
    [InlineData("部门合计\t59.61\t59.61", "部门合计\t59.65\t59.61")]
    public void A_changed_figure_of_the_agency_costs_table_is_a_finding(string printed, string changed)
    {
        var text = Encoding.UTF8.GetString(Seeds.Bytes(Seeds.XinzhouSocialInsurance2023)).ReplaceFirst(printed,
            changed);

        var document = new DisclosureImporter().Read("changed.txt", Encoding.UTF8.GetBytes(text));

        document.Inconsistencies.Should().Contain(f => f.Table == "2023年机关运行经费预算财政拨款情况统计表");
    }

    [Fact]
    public void The_seed_as_printed_holds_its_agency_costs_identities() =>
        new DisclosureImporter().Read(Seeds.XinzhouSocialInsurance2023, Seeds.Bytes(Seeds.XinzhouSocialInsurance2023))
            .Findings.Should().NotContain(f => f.Table == "2023年机关运行经费预算财政拨款情况统计表");
}
