using System.Net;

namespace BudgetLedger.Benchmark;

/// <summary>A CLI question (trace, variance, report) as the path `serve` answers it at.</summary>
public static class ApiPath
{
    public static string Of(string[] question)
    {
        var options = Enumerable.Range(0, question.Length - 1).Where(i => question[i].StartsWith("--",
            StringComparison.Ordinal)).ToDictionary(i => question[i][2..], i => WebUtility.UrlEncode(question[i + 1]));
        return question[0] switch
        {
            "trace" => "api/trace?" + string.Join("&", options.Select(o => $"{o.Key}={o.Value}")),
            "variance" => $"api/units/{options["unit"]}/variance?from={options["from"]}&to={options["to"]}",
            "report" => $"api/units/{options["unit"]}/years/{options["year"]}/{question[1]}",
            _ => throw new ArgumentException($"no path for {question[0]}"),
        };
    }
}
