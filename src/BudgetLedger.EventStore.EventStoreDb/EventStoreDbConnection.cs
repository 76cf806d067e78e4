using System.Globalization;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>
/// An EventStoreDB connection string as its own clients take it:
/// <c>esdb://[user:password@]host[:port][?tls=false&amp;tlsVerifyCert=false]</c> (one node; port 2113 by default; TLS
/// unless <c>tls=false</c>). <c>ledger=NAME</c> keeps a ledger's streams apart from others on the same server (streams
/// are stored as <c>NAME/stream</c>).
/// </summary>
public sealed record EventStoreDbConnection(
    string Host,
    int Port,
    bool Tls,
    bool VerifyCertificate,
    string? UserName,
    string? Password,
    string? Ledger)
{
    public Uri Address => new($"{(Tls ? "https" : "http")}://{Host}:{Port.ToString(CultureInfo.InvariantCulture)}");

    public static bool IsConnectionString(string text) => text.StartsWith("esdb://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("esdb+discover://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The same server, another ledger on it.</summary>
    public static string WithLedger(string connectionString, string ledger) =>
        $"{connectionString}{(connectionString.Contains('?', StringComparison.Ordinal) ? '&' : '?')}"
            + $"ledger={Uri.EscapeDataString(ledger)}";

    public static EventStoreDbConnection Parse(string text)
    {
        if (text.StartsWith("esdb+discover://", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"'{text}': cluster discovery (esdb+discover://) is not supported; "
                + $"name one node: esdb://host:2113");
        }

        if (!text.StartsWith("esdb://", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate("http://" + text["esdb://".Length..], UriKind.Absolute, out var uri)
            || uri.Host.Length == 0)
        {
            throw new FormatException($"'{text}' is not an EventStoreDB connection string: "
                + $"expected esdb://host:2113?tls=false");
        }

        var settings = (uri.Query.TrimStart('?')).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length == 2 ? Uri.UnescapeDataString(p[1]) : "",
                StringComparer.OrdinalIgnoreCase);
        foreach (var key in settings.Keys.Where(k => k is not ("tls" or "tlsVerifyCert" or "ledger")))
        {
            throw new FormatException($"'{text}': setting '{key}' is not supported (tls, tlsVerifyCert, ledger are)");
        }

        var (user, password) = uri.UserInfo.Length == 0 ? (null, null)
            : uri.UserInfo.Split(':', 2) is [var u, var p] ? (Uri.UnescapeDataString(u), Uri.UnescapeDataString(p))
            : throw new FormatException($"'{text}': credentials must be user:password@");
        var ledger = settings.GetValueOrDefault("ledger");
        if (ledger is not null && (ledger.Length == 0 || ledger.Contains('/', StringComparison.Ordinal)
            || ledger.StartsWith('$')))
        {
            throw new FormatException($"'{text}': ledger must be a name without '/' that does not start with '$'");
        }

        return new EventStoreDbConnection(uri.Host, uri.IsDefaultPort ? 2113 : uri.Port, Flag(settings, "tls", text),
            Flag(settings, "tlsVerifyCert", text), user, password, ledger);
    }

    private static bool Flag(Dictionary<string, string> settings, string key, string text) =>
        !settings.TryGetValue(key, out var value)
            || (bool.TryParse(value, out var flag) ? flag
                : throw new FormatException($"'{text}': {key} must be true or false"));

    public override string ToString() => $"esdb://{(UserName is null ? "" : UserName + ":***@")}"
        + $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}?tls={(Tls ? "true" : "false")}"
        + $"{(Ledger is null ? "" : "&ledger=" + Ledger)}";
}
