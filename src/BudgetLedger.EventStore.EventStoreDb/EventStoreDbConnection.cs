using System.Globalization;
using System.Net;
using BudgetLedger.EventStore.EventStoreDb.Cluster;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>
/// An EventStoreDB connection string as its own clients take it:
/// <c>esdb://[user:password@]host[:port][?tls=false&amp;tlsVerifyCert=false]</c> names one node (port 2113 by
/// default; TLS unless <c>tls=false</c>). <c>esdb+discover://h1:2113,h2:2113,…</c>, or <c>esdb://</c> with several
/// hosts, names a cluster by its gossip seeds (<see cref="Discovery"/>; <c>nodePreference=leader|follower|random</c>
/// says which node serves reads). <c>ledger=NAME</c> keeps a ledger's streams apart from others on the same server
/// (streams are stored as <c>NAME/stream</c>).
/// </summary>
public sealed record EventStoreDbConnection(
    IReadOnlyList<DnsEndPoint> Hosts,
    ClusterDiscovery? Discovery,
    bool Tls,
    bool VerifyCertificate,
    string? UserName,
    string? Password,
    string? Ledger)
{
    private const string Scheme = "esdb://";
    private const string DiscoverScheme = "esdb+discover://";

    /// <summary>The node, or the first gossip seed.</summary>
    public string Host => Hosts[0].Host;

    public int Port => Hosts[0].Port;

    public Uri Address => AddressOf(Hosts[0]);

    public Uri AddressOf(DnsEndPoint node) =>
        new($"{(Tls ? "https" : "http")}://{HostList.Format(node)}");

    public static bool IsConnectionString(string text) => text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
        || text.StartsWith(DiscoverScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>The same server, another ledger on it.</summary>
    public static string WithLedger(string connectionString, string ledger) =>
        $"{connectionString}{(connectionString.Contains('?', StringComparison.Ordinal) ? '&' : '?')}"
            + $"ledger={Uri.EscapeDataString(ledger)}";

    public static EventStoreDbConnection Parse(string text)
    {
        var discover = text.StartsWith(DiscoverScheme, StringComparison.OrdinalIgnoreCase);
        if (!discover && !text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"'{text}' is not an EventStoreDB connection string: "
                + $"expected esdb://host:2113?tls=false or esdb+discover://host1:2113,host2:2113?tls=false");
        }

        var rest = text[(discover ? DiscoverScheme : Scheme).Length..];
        var (authority, query) = rest.Split('?', 2) is [var a, var q] ? (a, q) : (rest, "");
        authority = authority.EndsWith('/') ? authority[..^1] : authority;
        var at = authority.LastIndexOf('@');
        var (user, password) = at < 0 ? (null, null)
            : authority[..at].Split(':', 2) is [var u, var p] ? (Uri.UnescapeDataString(u), Uri.UnescapeDataString(p))
            : throw new FormatException($"'{text}': credentials must be user:password@");
        var hosts = HostList.Parse(authority[(at + 1)..], text);
        var settings = ConnectionSettings.Parse(query, text);
        var discovery = discover || hosts.Count > 1 ? settings.Discovery() : settings.SingleNode();
        return new EventStoreDbConnection(hosts, discovery, settings.Flag("tls"), settings.Flag("tlsVerifyCert"),
            user, password, settings.Ledger());
    }

    public override string ToString() => $"{(Discovery is null ? Scheme : DiscoverScheme)}"
        + $"{(UserName is null ? "" : UserName + ":***@")}{string.Join(',', Hosts.Select(HostList.Format))}"
        + $"?tls={(Tls ? "true" : "false")}"
        + $"{(Discovery is { NodePreference: not NodePreference.Leader } d ? "&nodePreference=" + Preference(d) : "")}"
        + $"{(Ledger is null ? "" : "&ledger=" + Ledger)}";

    private static string Preference(ClusterDiscovery discovery) =>
        discovery.NodePreference.ToString().ToLower(CultureInfo.InvariantCulture);
}
