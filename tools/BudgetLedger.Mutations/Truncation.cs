namespace BudgetLedger.Mutations;

/// <summary>The document cut short after a line between a tenth and nine tenths of the way through.</summary>
public static class Truncation
{
    public static Mutation Run(Baseline document, Random random)
    {
        var keep = random.Next(document.Lines.Length / 10, document.Lines.Length * 9 / 10);
        var text = string.Join('\n', document.Lines.Take(keep));
        return new Mutation(document.Judge(text), $"{document.Name} cut after line {keep} of {document.Lines.Length}");
    }
}
