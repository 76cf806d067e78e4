namespace BudgetLedger.Serving;

/// <param name="Urls">where to listen; loopback only unless told otherwise</param>
/// <param name="Token">writes are accepted only with this bearer token; none: the server is read-only</param>
/// <param name="MaxBodyBytes">the largest body a write may send</param>
/// <param name="FeedInterval">how often the live feed looks at the log's last position</param>
public sealed record ServerOptions(
    string Urls = ServerOptions.DefaultUrls,
    string? Token = null,
    long MaxBodyBytes = ServerOptions.DefaultMaxBodyBytes,
    TimeSpan? FeedInterval = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxBodyBytes = 8 * 1024 * 1024;
}
