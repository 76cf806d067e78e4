namespace BudgetLedger.Domain.Serialization;

/// <summary>An event as the store holds it: wire name, data JSON and metadata JSON, UTF-8.</summary>
public sealed record SerializedEvent(string WireName, byte[] Data, byte[] Metadata);
