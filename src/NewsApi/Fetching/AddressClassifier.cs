using System.Net;
using System.Net.Sockets;

namespace NewsApi.Fetching;

/// <summary>What kind of network an address belongs to; only <see cref="Public"/> is fetched by default.</summary>
public enum AddressKind
{
    Public,
    Unspecified,
    Loopback,
    Private,
    LinkLocal,
    CarrierGradeNat,
    Multicast,
    CloudMetadata,

    /// <summary>Documentation, benchmarking, broadcast, reserved and other special-purpose ranges (IANA registries).</summary>
    Reserved,
}

/// <summary>
/// Classifies IPv4 and IPv6 addresses by the IANA special-purpose registries, so the fetcher can refuse anything
/// that is not a public unicast address. IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible,
/// NAT64, 6to4) are judged by the IPv4 address they reach.
/// </summary>
public static class AddressClassifier
{
    public static bool IsPublic(IPAddress address) => Classify(address) == AddressKind.Public;

    /// <summary>The kind in words, for problem details and logs.</summary>
    public static string Describe(AddressKind kind) => kind switch
    {
        AddressKind.Public => "public",
        AddressKind.Unspecified => "unspecified",
        AddressKind.Loopback => "loopback",
        AddressKind.Private => "private",
        AddressKind.LinkLocal => "link-local",
        AddressKind.CarrierGradeNat => "carrier-grade NAT",
        AddressKind.Multicast => "multicast",
        AddressKind.CloudMetadata => "cloud metadata",
        _ => "reserved",
    };

    public static AddressKind Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address.GetAddressBytes()),
            _ => AddressKind.Reserved,
        };
    }

    private static AddressKind ClassifyV4(ReadOnlySpan<byte> b) => (b[0], b[1], b[2], b[3]) switch
    {
        (169, 254, 169, 254) => AddressKind.CloudMetadata, // AWS, GCP, Azure, OpenStack, DigitalOcean
        (100, 100, 100, 200) => AddressKind.CloudMetadata, // Alibaba Cloud
        (192, 0, 0, 192) => AddressKind.CloudMetadata, // Oracle Cloud
        (0, _, _, _) => AddressKind.Unspecified, // "this network", including 0.0.0.0
        (127, _, _, _) => AddressKind.Loopback,
        (10, _, _, _) => AddressKind.Private,
        (172, >= 16 and <= 31, _, _) => AddressKind.Private,
        (192, 168, _, _) => AddressKind.Private,
        (169, 254, _, _) => AddressKind.LinkLocal,
        (100, >= 64 and <= 127, _, _) => AddressKind.CarrierGradeNat,
        (>= 224 and <= 239, _, _, _) => AddressKind.Multicast,
        (192, 0, 0, _) => AddressKind.Reserved, // IETF protocol assignments
        (192, 0, 2, _) or (198, 51, 100, _) or (203, 0, 113, _) => AddressKind.Reserved, // documentation
        (198, 18 or 19, _, _) => AddressKind.Reserved, // benchmarking
        (192, 88, 99, _) => AddressKind.Reserved, // deprecated 6to4 relay anycast
        (>= 240, _, _, _) => AddressKind.Reserved, // reserved and the broadcast address
        _ => AddressKind.Public,
    };

    private static AddressKind ClassifyV6(byte[] b)
    {
        var zeroPrefix80 = b.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0;
        if (zeroPrefix80 && b[10] == 0xff && b[11] == 0xff)
        {
            return ClassifyV4(b.AsSpan(12)); // ::ffff:a.b.c.d, IPv4-mapped
        }

        if (zeroPrefix80 && b[10] == 0 && b[11] == 0)
        {
            // ::, ::1, and the deprecated IPv4-compatible ::a.b.c.d
            return b.AsSpan(12).IndexOfAnyExcept((byte)0) < 0 ? AddressKind.Unspecified
                : b.AsSpan(12, 3).IndexOfAnyExcept((byte)0) < 0 && b[15] == 1 ? AddressKind.Loopback
                : ClassifyV4(b.AsSpan(12));
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return ClassifyV4(b.AsSpan(12)); // 64:ff9b::/96, NAT64 to a.b.c.d
        }

        if (b[0] == 0xfd && b[1] == 0x00 && b[2] == 0x0e && b[3] == 0xc2 && b.AsSpan(4, 10).IndexOfAnyExcept((byte)0) < 0 && b[14] == 0x02 && b[15] == 0x54)
        {
            return AddressKind.CloudMetadata; // fd00:ec2::254, AWS
        }

        return (b[0], b[1]) switch
        {
            (0xff, _) => AddressKind.Multicast,
            ( >= 0xfc and <= 0xfd, _) => AddressKind.Private, // unique local fc00::/7
            (0xfe, >= 0x80 and <= 0xbf) => AddressKind.LinkLocal, // fe80::/10
            (0xfe, >= 0xc0) => AddressKind.Private, // deprecated site-local fec0::/10
            (0x20, 0x02) => ClassifyV4(b.AsSpan(2, 4)), // 6to4 2002:a.b.c.d::/48
            (0x20, 0x01) when b[2] == 0x0d && b[3] == 0xb8 => AddressKind.Reserved, // documentation 2001:db8::/32
            (0x20, 0x01) when b[2] == 0 && b[3] == 0 => AddressKind.Reserved, // Teredo: the IPv4 end is hidden
            (0x20, 0x01) when b[2] < 0x02 => AddressKind.Reserved, // 2001::/23 IETF protocol assignments (ORCHID, AMT, ...)
            _ when (b[0] & 0xe0) == 0x20 => AddressKind.Public, // 2000::/3, the global unicast space
            _ => AddressKind.Reserved, // unassigned, discard-only (100::/64), NAT64 local-use and the rest
        };
    }
}
