using BudgetLedger.Import;

namespace BudgetLedger.Mutations;

/// <summary>
/// A PDF that imports as it is, cut short at a byte between a tenth and nine tenths of the way through: it must be
/// refused (a damaged file, or a document that stops before its contents say it ends).
/// </summary>
public sealed record PdfCut(string Name, byte[] Bytes)
{
    public static PdfCut? Of(string name, byte[] bytes)
    {
        try
        {
            new DisclosureImporter().Read(name, bytes);
            return new PdfCut(name, bytes);
        }
        catch (ImportException)
        {
            return null;
        }
    }

    public Mutation Run(Random random)
    {
        var keep = random.Next(Bytes.Length / 10, Bytes.Length * 9 / 10);
        Outcome outcome;
        try
        {
            new DisclosureImporter().Read(Name, Bytes[..keep]);
            outcome = Outcome.Silent;
        }
        catch (ImportException)
        {
            outcome = Outcome.Refused;
        }

        return new Mutation(outcome, $"{Name} cut after byte {keep:N0} of {Bytes.Length:N0}");
    }
}
