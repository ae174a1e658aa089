using System.Security.Cryptography;
using System.Text;

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
