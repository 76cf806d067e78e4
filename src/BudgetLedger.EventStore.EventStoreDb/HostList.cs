using System.Net;

namespace BudgetLedger.EventStore.EventStoreDb;

/// <summary>The hosts of a connection string: <c>host[:port]</c>, comma-separated, port 2113 by default.</summary>
internal static class HostList
{
    public const int DefaultPort = 2113;

    public static IReadOnlyList<DnsEndPoint> Parse(string hosts, string text)
    {
        var endPoints = new List<DnsEndPoint>();
        foreach (var host in hosts.Split(','))
        {
            if (!Uri.TryCreate("esdb://" + host, UriKind.Absolute, out var uri) || uri.Host.Length == 0
                || uri.PathAndQuery != "/" || uri.UserInfo.Length > 0 || host.Trim().Length != host.Length)
            {
                throw new FormatException($"'{text}': '{host}' is not a host[:port]");
            }

            endPoints.Add(new DnsEndPoint(uri.Host, uri.Port < 0 ? DefaultPort : uri.Port));
        }

        return endPoints.DistinctBy(Format).ToList();
    }

    public static string Format(DnsEndPoint endPoint) => $"{Bracketed(endPoint.Host)}:{endPoint.Port}";

    /// <summary>An IPv6 address as a URI writes it.</summary>
    public static string Bracketed(string host) =>
        host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
