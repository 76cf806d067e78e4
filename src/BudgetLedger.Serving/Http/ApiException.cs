namespace BudgetLedger.Serving.Http;

/// <summary>A request the ledger answers with a problem: its status, a short title and the CLI's own message.</summary>
public sealed class ApiException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
