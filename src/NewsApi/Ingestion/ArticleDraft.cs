using System.Security.Cryptography;
using System.Text;
using NewsApi.Contracts;

namespace NewsApi.Ingestion;

/// <summary>A validated article ready to be analysed and stored (from POST, PUT, batch or a seed file).</summary>
public sealed record ArticleDraft(
    string Title,
    string Body,
    string? Url,
    string? Source,
    string? Author,
    DateTimeOffset? PublishedAt,
    string Language)
{
    /// <summary>A draft from a request that passed validation (title and body present): trimmed, language defaulted.</summary>
    public static ArticleDraft From(ArticleRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.Title!.Trim(),
            r.Body!,
            string.IsNullOrWhiteSpace(r.Url) ? null : r.Url.Trim(),
            string.IsNullOrWhiteSpace(r.Source) ? null : r.Source.Trim(),
            string.IsNullOrWhiteSpace(r.Author) ? null : r.Author.Trim(),
            r.PublishedAt,
            string.IsNullOrWhiteSpace(r.Language) ? "en" : r.Language);
    }

    /// <summary>
    /// SHA-256 over title and body with case and runs of white space folded, so re-sending the same article with
    /// different spacing or line endings is still recognised as a duplicate.
    /// </summary>
    public string ContentHash()
    {
        var normalised = Normalise(Title) + "\n" + Normalise(Body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
