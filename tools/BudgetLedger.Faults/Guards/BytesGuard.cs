namespace BudgetLedger.Faults.Guards;

/// <summary>A file stays byte-identical (a folder keeps its entries).</summary>
public sealed class BytesGuard(string path) : Guard
{
    public override Func<string?> Arm()
    {
        var before = State();
        return () => State() is var after && after == before ? null
            : $"{Path.GetFileName(path)} changed: {before} -> {after}";
    }

    private string State() =>
        Directory.Exists(path) ? "a folder of " + string.Join(", ", Directory.EnumerateFileSystemEntries(path).Order())
        : FileHash.Of(path) ?? "absent";
}
