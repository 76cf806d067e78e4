namespace BudgetLedger.Import.Pdf;

/// <summary>Characters twice as wide as a Latin letter: CJK ideographs, kana, hangul, full-width forms.</summary>
internal static class WideCharacters
{
    public static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6'
            or >= '\uD800' and <= '\uDBFF';
}
