using System.CommandLine;

namespace BudgetLedger.Cli.Commands;

/// <summary>The options of the commands that answer about one unit across its renames.</summary>
internal static class UnitOptions
{
    public static Option<string> Unit() => new("--unit")
    {
        Description = "The unit: its code, ledger id or (part of) its name. Its former and later names count as the "
            + "same unit.",
        Required = true,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "As the ledger stood at a log position or time, without touching the live read models.",
    };
}
