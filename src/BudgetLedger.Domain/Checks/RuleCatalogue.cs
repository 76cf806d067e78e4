namespace BudgetLedger.Domain.Checks;

/// <summary>
/// Every rule the ledger checks, in one place (`check --rules` lists them). Each kind keeps its rules in its own
/// file (RuleCatalogue.&lt;Kind&gt;.cs); a finding names its rule by id.
/// </summary>
public static partial class RuleCatalogue
{
    public const string Rounding = "each term may be off by half its last printed digit (尾差); beyond that, a finding";

    public const string Percentage = "the percentage's last printed digit, with each amount off by half its last "
        + "printed digit; up to one more digit, 尾差";

    public const string Exact = "exact, as printed";

    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(() =>
        [.. IdentityRules, .. CrossTableRules, .. TextTableRules, .. TextTextRules, .. CompletenessRules,
            .. CrossDocumentRules]);

    private static readonly Lazy<IReadOnlyDictionary<string, Rule>> ById = new(() =>
        Rules.Value.ToDictionary(r => r.Id, StringComparer.Ordinal));

    public static IReadOnlyList<Rule> All => Rules.Value;

    /// <exception cref="KeyNotFoundException">no rule has that id</exception>
    public static Rule Get(string id) => ById.Value.TryGetValue(id, out var rule) ? rule
        : throw new KeyNotFoundException($"no rule '{id}' in the catalogue");
}
