namespace NewsApi.Fetching;

/// <summary>Why a page or feed could not be fetched or read; each kind answers with one documented status.</summary>
public enum FetchFailureKind
{
    /// <summary>400: not an absolute http or https URL.</summary>
    InvalidUrl,

    /// <summary>400: the host is, or resolves to, an address this server does not fetch from (private, loopback, ...).</summary>
    AddressNotAllowed,

    /// <summary>502: the host did not resolve, refused the connection, broke the TLS handshake or the response.</summary>
    Unreachable,

    /// <summary>502: the server answered with a status other than 2xx (or 304 to a conditional request).</summary>
    UpstreamStatus,

    /// <summary>502: more redirects than <c>NewsApi:Fetch:MaxRedirects</c>, or a redirect without a usable Location.</summary>
    BadRedirect,

    /// <summary>504: the whole fetch took longer than <c>NewsApi:Fetch:TimeoutSeconds</c>.</summary>
    Timeout,

    /// <summary>422: the response is not of an accepted content type (HTML for pages, RSS/Atom/XML for feeds).</summary>
    UnsupportedContentType,

    /// <summary>422: the response is longer than <c>NewsApi:Fetch:MaxBytes</c>.</summary>
    TooLarge,

    /// <summary>422: a feed that is neither RSS 2.0 nor Atom 1.0, or is not well-formed XML.</summary>
    InvalidFeed,

    /// <summary>422: the page has no article text (a home page, a paywall stub, an error page), or no valid article.</summary>
    NoArticle,
}

/// <summary>An expected failure of a fetch, returned rather than thrown.</summary>
public sealed record FetchFailure(FetchFailureKind Kind, string Title, string Detail, int? UpstreamStatusCode = null)
{
    public int HttpStatus => Kind switch
    {
        FetchFailureKind.InvalidUrl or FetchFailureKind.AddressNotAllowed => StatusCodes.Status400BadRequest,
        FetchFailureKind.Timeout => StatusCodes.Status504GatewayTimeout,
        FetchFailureKind.UnsupportedContentType or FetchFailureKind.TooLarge or FetchFailureKind.InvalidFeed or FetchFailureKind.NoArticle => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status502BadGateway,
    };

    /// <summary>Machine-readable kind for clients, e.g. <c>address-not-allowed</c>.</summary>
    public string Code => Kind switch
    {
        FetchFailureKind.InvalidUrl => "invalid-url",
        FetchFailureKind.AddressNotAllowed => "address-not-allowed",
        FetchFailureKind.Unreachable => "unreachable",
        FetchFailureKind.UpstreamStatus => "upstream-status",
        FetchFailureKind.BadRedirect => "bad-redirect",
        FetchFailureKind.Timeout => "timeout",
        FetchFailureKind.UnsupportedContentType => "unsupported-content-type",
        FetchFailureKind.TooLarge => "too-large",
        FetchFailureKind.InvalidFeed => "invalid-feed",
        _ => "no-article",
    };

    public override string ToString() => $"{Title}: {Detail}";
}
