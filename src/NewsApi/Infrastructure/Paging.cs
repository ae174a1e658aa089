using Microsoft.AspNetCore.WebUtilities;

namespace NewsApi.Infrastructure;

/// <summary>RFC 8288 Link header for page-number paging: first, prev, next and last.</summary>
public static class PageLinks
{
    public static void Add(HttpContext context, int page, int pageSize, long total)
    {
        var request = context.Request;
        var last = Math.Max(1, (int)Math.Min(Limits.MaxPage, (total + pageSize - 1) / pageSize));
        var links = new List<string> { Link(request, 1, "first") };
        if (page > 1)
        {
            links.Add(Link(request, Math.Min(page - 1, last), "prev"));
        }

        if (page < last)
        {
            links.Add(Link(request, page + 1, "next"));
        }

        links.Add(Link(request, last, "last"));
        context.Response.Headers.Link = string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, string rel)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return $"<{QueryHelpers.AddQueryString(request.PathBase + request.Path, query)}>; rel=\"{rel}\"";
    }
}
