using System.Net;
using System.Net.Sockets;

namespace NewsApi.Testing;

/// <summary>A loopback TCP port nobody listens on at this moment, for a server the test starts.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
