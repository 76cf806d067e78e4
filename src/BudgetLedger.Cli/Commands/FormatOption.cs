using System.CommandLine;

namespace BudgetLedger.Cli.Commands;

internal static class FormatOption
{
    public static Option<string> Create(string defaultFormat, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(" or ", formats)} (default {defaultFormat}).",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
