using BudgetLedger.Domain.Events;
using BudgetLedger.Domain.Serialization;
using Xunit.Abstractions;

namespace BudgetLedger.Import.Tests;

public class DisclosureImporterTests(ITestOutputHelper output)
{
    public static TheoryData<string> BudgetSeeds => [Seeds.WorkInjuryCenter2022, Seeds.DataCenter2026, Seeds.XinzhouSocialInsurance2023, Seeds.XinzhouCardCenter2023];

    [Theory]
    [MemberData(nameof(BudgetSeeds))]
    public void Every_budget_seed_imports(string seed)
    {
        var document = new DisclosureImporter().Read(seed, Seeds.Bytes(seed));

        output.WriteLine($"{document.Header} unit {document.UnitId}: {document.Events.Count} events");
        foreach (var f in document.Findings)
        {
            output.WriteLine(f.ToString());
        }

        foreach (var e in document.Events)
        {
            output.WriteLine($"{e.Provenance.Row,4} {e.Event}");
        }

        document.Events.Should().NotBeEmpty();
    }
}
