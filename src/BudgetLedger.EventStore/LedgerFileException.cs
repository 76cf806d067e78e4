namespace BudgetLedger.EventStore;

/// <summary>
/// The file named as the ledger is not one (another program's file, empty, truncated, damaged, read-only for a write).
/// Nothing was written to it.
/// </summary>
public sealed class LedgerFileException(string message, Exception? inner = null) : Exception(message, inner);
