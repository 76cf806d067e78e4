using System.Security.Cryptography;
using System.Text;

namespace BudgetLedger.Checks.Findings;

/// <summary>
/// One rule broken at one place: the rule's id, the unit and year, the document(s), the place (table and line, or
/// the figure compared), what was expected and what was found, and whether it is a finding or a rounding hint.
/// </summary>
public sealed record CheckFinding(string RuleId, CheckSeverity Severity, string UnitId, string UnitName, int Year,
    IReadOnlyList<string> Documents, string Place, string Rule, string Expected, string Found)
{
    /// <summary>
    /// Stable across re-imports and corrected documents: the rule, the unit, the year and the place (not the
    /// document's bytes), so a finding a correction no longer gives is seen to go.
    /// </summary>
    public string Id => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{RuleId}\n{UnitId}\n{Year}\n{Key ?? Place}")))[..16];

    /// <summary>What names the place for the id where <see cref="Place"/> would move (a line number).</summary>
    [Newtonsoft.Json.JsonIgnore]
    public string? Key { get; init; }
}
