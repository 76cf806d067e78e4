namespace BudgetLedger.Cli;

/// <summary>An option's value is not one the command can take: one line on stderr, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
