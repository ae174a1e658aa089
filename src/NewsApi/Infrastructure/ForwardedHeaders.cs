using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NewsApi.Infrastructure;

/// <summary>
/// Behind a load balancer or reverse proxy: <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> are believed only from
/// the proxies listed in <c>NewsApi:ForwardedHeaders:KnownProxies</c> (addresses) or <c>KnownNetworks</c> (CIDR), so
/// clients are told apart (rate limits, logs) and cannot spoof their address by sending the header themselves.
/// Nothing is trusted when neither is set, not even loopback.
/// </summary>
public static class ForwardedHeaders
{
    public const string Section = "NewsApi:ForwardedHeaders";

    public static bool IsConfigured(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() is { Length: > 0 }
        || configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() is { Length: > 0 };

    public static IServiceCollection AddNewsApiForwardedHeaders(this IServiceCollection services)
    {
        // Read when the options are built, after every configuration source has been added.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
            var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a CIDR network such as 10.0.0.0/8."));
            }

            // Empty lists would make the middleware believe every sender: then believe none.
            o.ForwardedHeaders = proxies.Length + networks.Length == 0
                ? Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.None
                : Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.All;

            // A chain of proxies is walked back only through known ones; each hop can add one entry.
            o.ForwardLimit = Math.Max(1, proxies.Length + networks.Length);
        });
        return services;
    }
}
