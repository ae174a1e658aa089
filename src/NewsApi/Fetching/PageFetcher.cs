using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using NewsApi.Infrastructure;

namespace NewsApi.Fetching;

/// <summary>What to fetch: the URL, the content types accepted, and the validators of a conditional GET.</summary>
public sealed record FetchRequest(Uri Url, IReadOnlyList<string> AcceptedTypes, string? IfNoneMatch = null, string? IfModifiedSince = null);

/// <summary>A response read whole (up to the byte cap), or a 304 to a conditional request (no body).</summary>
public sealed record FetchedResponse(Uri Url, bool NotModified, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified, string? ContentLanguage);

/// <summary>
/// HTTP GET with the safety rules of <c>NewsApi:Fetch</c>: http and https only; every connection, including each
/// redirect's, goes through <see cref="GuardedConnector"/>; redirects are followed here, counted and re-checked; the
/// total time, the bytes read (streamed, stopped at the cap) and the content type are limited. Expected failures are
/// returned as <see cref="FetchFailure"/>.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly IOptionsMonitor<NewsApiOptions> _options;

    public PageFetcher(IOptionsMonitor<NewsApiOptions> options)
    {
        _options = options;
        var connector = new GuardedConnector(() => _options.CurrentValue.Fetch.AllowPrivateNetworks);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would make the guard check the proxy's address instead of the target's
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All, // the byte cap counts decompressed bytes
            ConnectCallback = connector.ConnectAsync,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxResponseHeadersLength = 64, // KiB
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<(FetchedResponse? Response, FetchFailure? Failure)> GetAsync(FetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = _options.CurrentValue.Fetch;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)));
        try
        {
            return await FollowAsync(request, options, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, new FetchFailure(FetchFailureKind.Timeout, "Fetch timed out", $"{request.Url} did not answer in full within {options.TimeoutSeconds} s."));
        }
    }

    private async Task<(FetchedResponse?, FetchFailure?)> FollowAsync(FetchRequest request, FetchOptions options, CancellationToken ct)
    {
        var url = request.Url;
        for (var redirects = 0; ; redirects++)
        {
            if (Refuse(url, options) is { } refused)
            {
                // A redirect to another scheme (ftp:, file:, data:) is the site's fault, not the client's.
                return (null, redirects > 0 && refused.Kind == FetchFailureKind.InvalidUrl
                    ? new FetchFailure(FetchFailureKind.BadRedirect, "Bad redirect", $"{request.Url} redirected to {url}, which is not http or https.")
                    : refused);
            }

            using var message = BuildRequest(url, request, options);
            HttpResponseMessage response;
            try
            {
                response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (HttpRequestException ex) when (ex.InnerException is AddressNotAllowedException blocked)
            {
                return (null, NotAllowed(url, blocked.Message));
            }
            catch (HttpRequestException ex)
            {
                return (null, new FetchFailure(FetchFailureKind.Unreachable, "Page unreachable", $"Could not fetch {url}: {ex.Message}"));
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304)
                {
                    if (response.Headers.Location is not { } location || !Uri.TryCreate(url, location, out var next))
                    {
                        return (null, new FetchFailure(FetchFailureKind.BadRedirect, "Bad redirect", $"{url} answered {status} without a usable Location."));
                    }

                    if (redirects + 1 > options.MaxRedirects)
                    {
                        return (null, new FetchFailure(FetchFailureKind.BadRedirect, "Too many redirects", $"{request.Url} redirected more than {options.MaxRedirects} times (last to {next})."));
                    }

                    url = next;
                    continue;
                }

                return await ReadAsync(url, response, request, options, ct);
            }
        }
    }

    private static HttpRequestMessage BuildRequest(Uri url, FetchRequest request, FetchOptions options)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url) { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionOrLower };
        message.Headers.TryAddWithoutValidation("User-Agent", string.IsNullOrWhiteSpace(options.UserAgent) ? FetchDefaults.UserAgent : options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", string.Join(", ", request.AcceptedTypes) + ", */*;q=0.1");
        if (request.IfNoneMatch is { } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.IfModifiedSince is { } modified)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        return message;
    }

    private static FetchFailure? Refuse(Uri url, FetchOptions options)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(url.Host))
        {
            return new FetchFailure(FetchFailureKind.InvalidUrl, "Unsupported URL", $"Only absolute http and https URLs are fetched; got {url}.");
        }

        // A literal address is refused before any connection; host names are checked on the resolved address.
        if (!options.AllowPrivateNetworks && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && !AddressClassifier.IsPublic(literal))
        {
            return NotAllowed(url, $"{literal} is a {AddressClassifier.Describe(AddressClassifier.Classify(literal))} address");
        }

        return null;
    }

    private static FetchFailure NotAllowed(Uri url, string why) =>
        new(FetchFailureKind.AddressNotAllowed, "Address not allowed", $"{url} was not fetched: {why.TrimEnd('.')}, and NewsApi:Fetch:AllowPrivateNetworks is off.");

    private static async Task<(FetchedResponse?, FetchFailure?)> ReadAsync(Uri url, HttpResponseMessage response, FetchRequest request, FetchOptions options, CancellationToken ct)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (response.StatusCode == HttpStatusCode.NotModified && (request.IfNoneMatch is not null || request.IfModifiedSince is not null))
        {
            return (new FetchedResponse(url, true, [], null, null, etag ?? request.IfNoneMatch, lastModified ?? request.IfModifiedSince, null), null);
        }

        if (!response.IsSuccessStatusCode)
        {
            var code = (int)response.StatusCode;
            return (null, new FetchFailure(FetchFailureKind.UpstreamStatus, "Upstream error", $"{url} answered {code} {response.ReasonPhrase}.", code));
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (mediaType is null || !request.AcceptedTypes.Contains(mediaType, StringComparer.Ordinal))
        {
            return (null, new FetchFailure(FetchFailureKind.UnsupportedContentType, "Unsupported content type",
                $"{url} is {mediaType ?? "of no declared type"}; accepted: {string.Join(", ", request.AcceptedTypes)}."));
        }

        if (response.Content.Headers.ContentLength > options.MaxBytes)
        {
            return (null, TooLarge(url, options));
        }

        var body = await ReadCappedAsync(response.Content, options.MaxBytes, ct);
        return body is null
            ? (null, TooLarge(url, options))
            : (new FetchedResponse(url, false, body, mediaType, CharsetOf(response.Content.Headers.ContentType), etag, lastModified, response.Content.Headers.ContentLanguage.FirstOrDefault()), null);
    }

    private static FetchFailure TooLarge(Uri url, FetchOptions options) =>
        new(FetchFailureKind.TooLarge, "Page too large", $"{url} is longer than {options.MaxBytes} bytes (NewsApi:Fetch:MaxBytes).");

    /// <summary>Reads at most <paramref name="maxBytes"/>; null when the body is longer (reading stops there).</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? CharsetOf(MediaTypeHeaderValue? type) =>
        string.IsNullOrWhiteSpace(type?.CharSet) ? null : type.CharSet.Trim('"', '\'', ' ');

    public void Dispose() => _client.Dispose();
}
