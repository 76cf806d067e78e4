using BudgetLedger.EventStore.Streams;

namespace BudgetLedger.EventStore.Appending;

/// <summary>One stream's part of an append: the batch and what the writer expects the stream to hold.</summary>
public sealed record StreamAppend(string Stream, ExpectedRevision ExpectedRevision, IReadOnlyList<EventData> Events);
