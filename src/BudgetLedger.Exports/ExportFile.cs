namespace BudgetLedger.Exports;

/// <summary>One file of an export: its name inside the export folder and its bytes.</summary>
public sealed record ExportFile(string Name, byte[] Bytes);
