using System.Net;
using System.Net.Sockets;

namespace BudgetLedger.Testing;

public static class LoopbackPorts
{
    /// <summary>A port free on 127.0.0.1 now (the OS's pick).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
