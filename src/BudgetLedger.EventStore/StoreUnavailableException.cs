namespace BudgetLedger.EventStore;

/// <summary>
/// The store could not be reached, or refused the request (credentials, permissions, a bad address). Nothing was
/// written by the failed call.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
