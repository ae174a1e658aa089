using FluentValidation;

namespace NewsApi.Validation;

/// <summary>Rules shared by the validators for free text and dates coming from clients.</summary>
public static class TextRules
{
    public static readonly DateTimeOffset EarliestPublication = new(1800, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>No NUL or other control characters besides tab, CR and LF; no unpaired UTF-16 surrogates.</summary>
    public static IRuleBuilderOptions<T, string?> CleanText<T>(this IRuleBuilder<T, string?> rule, bool allowNewlines) =>
        rule.Must(s => s is null || IsClean(s, allowNewlines))
            .WithMessage(allowNewlines
                ? "'{PropertyName}' must not contain control characters (other than tab and line breaks) or unpaired UTF-16 surrogates."
                : "'{PropertyName}' must not contain control characters, line breaks or unpaired UTF-16 surrogates.");

    /// <summary>The documented full-text syntax (<see cref="NewsApi.Data.FullTextQuery"/>), the same for both stores; blank means no query.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> FullTextSyntax<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((q, context) =>
        {
            if (!string.IsNullOrWhiteSpace(q) && !NewsApi.Data.FullTextQuery.TryParse(q.Trim(), out _, out var error))
            {
                context.AddFailure(context.PropertyPath, $"Invalid full-text query: {error}. Use words, \"quoted phrases\", prefix*, AND/OR/NOT, parentheses and title:/body:.");
            }
        });

    public static IRuleBuilderOptions<T, DateTimeOffset?> NotAbsurd<T>(this IRuleBuilder<T, DateTimeOffset?> rule, TimeProvider clock) =>
        rule.Must(d => d is null || (d >= EarliestPublication && d <= clock.GetUtcNow().AddDays(2)))
            .WithMessage("'{PropertyName}' must be between 1800-01-01 and tomorrow.");

    public static bool IsClean(string s, bool allowNewlines)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return false;
                }

                i++;
                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsControl(c) && !(c == '\t' || (allowNewlines && (c == '\n' || c == '\r'))))
            {
                return false;
            }
        }

        return true;
    }
}
