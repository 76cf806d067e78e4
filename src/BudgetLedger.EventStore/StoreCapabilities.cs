namespace BudgetLedger.EventStore;

/// <param name="MultiStreamAppend">several streams in one atomic append</param>
/// <param name="DensePositions">
/// positions are 1, 2, 3… with no gaps, so a vanished event leaves a hole the verifier can see
/// </param>
public sealed record StoreCapabilities(bool MultiStreamAppend, bool DensePositions);
