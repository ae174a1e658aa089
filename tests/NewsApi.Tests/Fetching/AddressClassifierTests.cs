using System.Net;
using NewsApi.Fetching;

namespace NewsApi.Tests.Fetching;

public sealed class AddressClassifierTests
{
    [Theory]
    // IPv4
    [InlineData("8.8.8.8", AddressKind.Public)]
    [InlineData("93.184.216.34", AddressKind.Public)]
    [InlineData("1.1.1.1", AddressKind.Public)]
    [InlineData("172.15.255.255", AddressKind.Public)]
    [InlineData("172.32.0.0", AddressKind.Public)]
    [InlineData("100.63.255.255", AddressKind.Public)]
    [InlineData("100.128.0.0", AddressKind.Public)]
    [InlineData("223.255.255.255", AddressKind.Public)]
    [InlineData("0.0.0.0", AddressKind.Unspecified)]
    [InlineData("0.1.2.3", AddressKind.Unspecified)]
    [InlineData("127.0.0.1", AddressKind.Loopback)]
    [InlineData("127.255.255.254", AddressKind.Loopback)]
    [InlineData("10.0.0.1", AddressKind.Private)]
    [InlineData("10.255.255.255", AddressKind.Private)]
    [InlineData("172.16.0.1", AddressKind.Private)]
    [InlineData("172.31.255.255", AddressKind.Private)]
    [InlineData("192.168.0.1", AddressKind.Private)]
    [InlineData("169.254.0.1", AddressKind.LinkLocal)]
    [InlineData("169.254.169.254", AddressKind.CloudMetadata)]
    [InlineData("100.100.100.200", AddressKind.CloudMetadata)]
    [InlineData("192.0.0.192", AddressKind.CloudMetadata)]
    [InlineData("100.64.0.1", AddressKind.CarrierGradeNat)]
    [InlineData("100.127.255.255", AddressKind.CarrierGradeNat)]
    [InlineData("224.0.0.1", AddressKind.Multicast)]
    [InlineData("239.255.255.250", AddressKind.Multicast)]
    [InlineData("192.0.2.1", AddressKind.Reserved)]
    [InlineData("198.51.100.7", AddressKind.Reserved)]
    [InlineData("203.0.113.9", AddressKind.Reserved)]
    [InlineData("198.18.0.1", AddressKind.Reserved)]
    [InlineData("240.0.0.1", AddressKind.Reserved)]
    [InlineData("255.255.255.255", AddressKind.Reserved)]
    // IPv6
    [InlineData("2606:4700:4700::1111", AddressKind.Public)]
    [InlineData("2a00:1450:4001:82a::200e", AddressKind.Public)]
    [InlineData("::", AddressKind.Unspecified)]
    [InlineData("::1", AddressKind.Loopback)]
    [InlineData("fe80::1", AddressKind.LinkLocal)]
    [InlineData("febf::1", AddressKind.LinkLocal)]
    [InlineData("fec0::1", AddressKind.Private)]
    [InlineData("fc00::1", AddressKind.Private)]
    [InlineData("fd12:3456:789a::1", AddressKind.Private)]
    [InlineData("fd00:ec2::254", AddressKind.CloudMetadata)]
    [InlineData("ff02::1", AddressKind.Multicast)]
    [InlineData("2001:db8::1", AddressKind.Reserved)]
    [InlineData("2001::1", AddressKind.Reserved)] // Teredo
    [InlineData("100::1", AddressKind.Reserved)] // discard-only
    [InlineData("64:ff9b:1::1", AddressKind.Reserved)] // local-use NAT64
    [InlineData("3fff::1", AddressKind.Public)]
    [InlineData("4000::1", AddressKind.Reserved)]
    // IPv6 forms that carry an IPv4 address are judged by it
    [InlineData("::ffff:127.0.0.1", AddressKind.Loopback)]
    [InlineData("::ffff:10.0.0.1", AddressKind.Private)]
    [InlineData("::ffff:169.254.169.254", AddressKind.CloudMetadata)]
    [InlineData("::ffff:8.8.8.8", AddressKind.Public)]
    [InlineData("::127.0.0.1", AddressKind.Loopback)]
    [InlineData("::10.0.0.1", AddressKind.Private)]
    [InlineData("64:ff9b::7f00:1", AddressKind.Loopback)]
    [InlineData("64:ff9b::808:808", AddressKind.Public)]
    [InlineData("2002:7f00:1::1", AddressKind.Loopback)] // 6to4 of 127.0.0.1
    [InlineData("2002:c0a8:101::1", AddressKind.Private)] // 6to4 of 192.168.1.1
    [InlineData("2002:808:808::1", AddressKind.Public)]
    public void Classifies_addresses_by_the_special_purpose_registries(string address, AddressKind expected)
    {
        var parsed = IPAddress.Parse(address);

        Assert.Equal(expected, AddressClassifier.Classify(parsed));
        Assert.Equal(expected == AddressKind.Public, AddressClassifier.IsPublic(parsed));
    }

    [Fact]
    public void A_scoped_link_local_address_is_still_link_local()
    {
        Assert.Equal(AddressKind.LinkLocal, AddressClassifier.Classify(IPAddress.Parse("fe80::1%2")));
    }
}
