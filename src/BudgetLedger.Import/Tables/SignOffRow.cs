using System.Text.RegularExpressions;

namespace BudgetLedger.Import.Tables;

/// <summary>
/// A form's sign-off row (负责人 / 经办人 / 联系电话 / 填报日期): the names and phone numbers of the officials who
/// filled it in are personal data and never enter the ledger. Their cells are kept, marked as withheld, so the
/// row's shape is as printed and nothing is dropped unsaid.
/// </summary>
public static partial class SignOffRow
{
    public const string Withheld = "［个人信息，不入账］";

    public static IReadOnlyList<string> Redact(IReadOnlyList<string> cells)
    {
        if (!cells.Any(c => PersonLabel().IsMatch(c)))
        {
            return cells;
        }

        var redacted = cells.ToArray();
        for (var i = 0; i < redacted.Length; i++)
        {
            if (PersonLabel().Match(redacted[i]) is { Success: true } label)
            {
                var inline = redacted[i][label.Length..];
                redacted[i] = inline.Length == 0 ? redacted[i] : redacted[i][..label.Length] + Withheld;
                var next = NextFilled(redacted, i);
                if (inline.Length == 0 && next is { } n && !AnyLabel().IsMatch(redacted[n]))
                {
                    redacted[n] = Withheld;
                }
            }
        }

        return redacted;
    }

    private static int? NextFilled(string[] cells, int from)
    {
        for (var j = from + 1; j < cells.Length; j++)
        {
            if (cells[j].Length > 0)
            {
                return j;
            }
        }

        return null;
    }

    [GeneratedRegex("^(负责人|经办人|联系人|填报人|联系电话|电话)[:：]?")]
    private static partial Regex PersonLabel();

    [GeneratedRegex("^(负责人|经办人|联系人|填报人|联系电话|电话|填报日期|单位名称)[:：]?$")]
    private static partial Regex AnyLabel();
}
