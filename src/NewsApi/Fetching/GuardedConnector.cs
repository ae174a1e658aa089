using System.Net;
using System.Net.Sockets;

namespace NewsApi.Fetching;

/// <summary>
/// The socket-level guard: <see cref="SocketsHttpHandler.ConnectCallback"/> resolves the host itself and connects only
/// to an address the policy allows. Checking here, on the address actually connected to, rather than on the URL,
/// means a DNS answer that changes between a check and the connection (rebinding) cannot reach a private address.
/// </summary>
public sealed class GuardedConnector(Func<bool> allowPrivateNetworks)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, ct).ConfigureAwait(false);
        var allowed = allowPrivateNetworks() ? addresses : addresses.Where(AddressClassifier.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            var refused = addresses.Length == 0 ? null : addresses[0];
            throw new AddressNotAllowedException(endpoint.Host, refused, refused is null ? AddressKind.Reserved : AddressClassifier.Classify(refused));
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}

/// <summary>Raised inside the HTTP handler when a host resolves only to addresses the policy refuses.</summary>
public sealed class AddressNotAllowedException(string host, IPAddress? address, AddressKind kind)
    : Exception($"{host} resolves to {address?.ToString() ?? "no address"}, a {AddressClassifier.Describe(kind)} address")
{
    public string Host { get; } = host;

    public IPAddress? Address { get; } = address;

    public AddressKind Kind { get; } = kind;
}
