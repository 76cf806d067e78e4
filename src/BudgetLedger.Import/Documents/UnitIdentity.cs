using System.Security.Cryptography;
using System.Text;
using BudgetLedger.Domain.Units;

namespace BudgetLedger.Import.Documents;

/// <summary>
/// The ledger identity of a document's unit: from its code where the document gives one ("unit-209105"),
/// else from its name. Linking a renamed unit to its former self is a UnitRenamed event, not this.
/// </summary>
public static class UnitIdentity
{
    public static UnitId For(string? code, string name) =>
        code is not null
            ? UnitId.Parse($"unit-{code}")
            : UnitId.Parse(
                $"unit-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(name))))[..16]}");

    /// <summary>Full-width and half-width brackets and spaces vary between tables of one document.</summary>
    public static string Normalize(string name) => UnitNameKey.Of(name);
}
