namespace BudgetLedger.Import.Validation;

/// <summary>
/// How many identities held exactly, per table, while one document is read: what `inspect` reports beside the
/// 尾差 warnings and findings. The importer opens a tally for the document; checks made outside one are not counted.
/// </summary>
public sealed class IdentityTally
{
    private static readonly AsyncLocal<IdentityTally?> Open = new();

    private readonly Dictionary<string, int> _held = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Held => _held;

    public static IdentityTally Start() => Open.Value = new IdentityTally();

    public static void Stop() => Open.Value = null;

    internal static void CountHeld(string table)
    {
        if (Open.Value is { } tally)
        {
            tally._held[table] = tally._held.GetValueOrDefault(table) + 1;
        }
    }
}
