using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace NewsApi.Fetching;

/// <summary>One entry of a feed: the page to fetch.</summary>
public sealed record FeedItem(Uri Link, string? Title, DateTimeOffset? PublishedAt);

/// <summary>
/// RSS 2.0 and Atom 1.0 by System.ServiceModel.Syndication, with a lenient date parser (feeds in the wild use
/// RFC 822 dates with any zone spelling, or ISO 8601 in RSS) and no DTD processing, so no entity can expand.
/// </summary>
public static class FeedParser
{
    public static readonly IReadOnlyList<string> FeedTypes =
        ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"];

    public static (IReadOnlyList<FeedItem>? Items, FetchFailure? Failure) Parse(FetchedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(response.Body);
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = TryParseDate };
            if (!formatter.CanRead(reader))
            {
                formatter = new Atom10FeedFormatter { DateTimeParser = TryParseDate };
                if (!formatter.CanRead(reader))
                {
                    return (null, Invalid(response.Url, $"its root element <{reader.LocalName}> is neither RSS 2.0 <rss> nor Atom <feed>"));
                }
            }

            formatter.ReadFrom(reader);
            var items = formatter.Feed.Items.Select(i => ToItem(i, response.Url)).OfType<FeedItem>().ToList();
            return (items, null);
        }
        catch (XmlException ex)
        {
            return (null, Invalid(response.Url, ex.Message));
        }
    }

    private static FeedItem? ToItem(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) ? id : null);
        if (link is null || !Uri.TryCreate(item.BaseUri ?? feedUrl, link, out var absolute) || (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        return new FeedItem(absolute, item.Title?.Text, published);
    }

    private static FetchFailure Invalid(Uri url, string why) => new(FetchFailureKind.InvalidFeed, "Invalid feed", $"{url} is not a readable RSS 2.0 or Atom feed: {why}");

    /// <summary>An unreadable date leaves the item undated rather than failing the feed.</summary>
    private static bool TryParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        // "Tue, 10 Sep 2013 09:30:00 +0000" and zone names: the offset is dropped, the wall time read as UTC.
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace > 0 && DateTimeOffset.TryParse(text[..lastSpace], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            var zone = text[(lastSpace + 1)..];
            if (zone.Length == 5 && (zone[0] is '+' or '-') && int.TryParse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture, out var hours)
                && int.TryParse(zone.AsSpan(3, 2), CultureInfo.InvariantCulture, out var minutes) && hours <= 14 && minutes < 60)
            {
                var offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
                value = new DateTimeOffset(value.DateTime, offset);
            }

            return true;
        }

        value = default;
        return true;
    }
}
