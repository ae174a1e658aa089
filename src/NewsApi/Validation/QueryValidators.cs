using FluentValidation;
using NewsApi.Analysis;
using NewsApi.Contracts;
using NewsApi.Infrastructure;

namespace NewsApi.Validation;

public sealed class SummaryQueryValidator : AbstractValidator<SummaryQuery>
{
    public SummaryQueryValidator(ArticleAnalyzer analyzer)
    {
        RuleFor(x => x.Sentences).InclusiveBetween(1, 100);
        RuleFor(x => x.Ratio).Must(r => r is null || (r > 0 && r <= 1)).WithMessage("'ratio' must be greater than 0 and at most 1.");
        RuleFor(x => x).Must(x => x.Sentences is null || x.Ratio is null)
            .WithName("sentences").WithMessage("Give either 'sentences' or 'ratio', not both.");
        RuleFor(x => x.MaxWords).InclusiveBetween(10, 10_000);
        RuleFor(x => x.MaxChars).InclusiveBetween(50, 100_000);
        RuleFor(x => x.Algorithm)
            .Must(a => a is null || analyzer.Rankers.TryGet(a, out _))
            .WithMessage(_ => $"'algorithm' must be one of: {string.Join(", ", analyzer.Rankers.Keys)}.");
        RuleFor(x => x.Diversity).InclusiveBetween(0, 1);
        RuleFor(x => x.Order)
            .Must(o => o is null || o is "document" or "score")
            .WithMessage("'order' must be 'document' or 'score'.");
    }
}

/// <summary>The rules of every page-numbered list's paging and format.</summary>
public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, Limits.MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Limits.MaxPageSize);
        RuleFor(x => x.Format).Must(ArticleListQueryValidator.BeListFormat).WithMessage("'format' must be json or csv.");
    }
}

/// <summary>The rules of every cursor-paged list's paging and format.</summary>
public sealed class CursorQueryValidator : AbstractValidator<CursorQuery>
{
    public CursorQueryValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, Limits.MaxPageSize);
        RuleFor(x => x.After).Must(a => a is null || NewsApi.Endpoints.Cursor.TryParse(a, out _))
            .WithMessage("'after' must be a cursor from a previous page's next link.");
        RuleFor(x => x.Format).Must(ArticleListQueryValidator.BeListFormat).WithMessage("'format' must be json or csv.");
    }
}

public sealed class ArticleListQueryValidator : AbstractValidator<ArticleListQuery>
{
    public static readonly string[] SortValues = [.. Queries.ArticleFilters.Sorts.Keys];

    public static bool BeListFormat(string? format) => format is null or "json" or "csv";

    public ArticleListQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(Limits.QueryMaxLength).CleanText(allowNewlines: false)
            .Must(q => q is null || q.Trim().Length > 0).WithMessage("'q' must not be blank.");
        RuleFor(x => x.Q).FullTextSyntax();
        RuleFor(x => x.Source).MaximumLength(Limits.NameMaxLength);
        RuleFor(x => x.Party).Must(p => p is null || p.Length <= 10).WithMessage("'party' may be given at most 10 times.");
        RuleForEach(x => x.Party).MaximumLength(Limits.NameMaxLength);
        RuleFor(x => x.PartyMode).Must(m => m is null or "all" or "any").WithMessage("'partyMode' must be all or any.");
        RuleFor(x => x.From).Must(v => v is null || DateBounds.TryParse(v, endOfDay: false, out _))
            .WithMessage("'from' must be an ISO 8601 date (2013-09-06) or date-time.");
        RuleFor(x => x.To).Must(v => v is null || DateBounds.TryParse(v, endOfDay: true, out _))
            .WithMessage("'to' must be an ISO 8601 date (2013-09-06) or date-time.");
        RuleFor(x => x).Must(x => !(DateBounds.TryParse(x.From, false, out var f) && DateBounds.TryParse(x.To, true, out var t)) || f <= t)
            .WithName("from").WithMessage("'from' must not be after 'to'.");
        RuleFor(x => x.Sort).Must(s => s is null || SortValues.Contains(s, StringComparer.Ordinal))
            .WithMessage($"'sort' must be one of: {string.Join(", ", SortValues)}.");
        RuleFor(x => x).Must(x => x.Sort != "relevance" || x.Q is not null)
            .WithName("sort").WithMessage("'sort=relevance' needs a full-text query 'q'.");
    }
}

public sealed class PartyListQueryValidator : AbstractValidator<PartyListQuery>
{
    public static readonly string[] Types = ["person", "organization", "place"];
    public static readonly string[] SortValues = ["-mentions", "-articles", "name", "-trend"];

    public PartyListQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(Limits.NameMaxLength).CleanText(allowNewlines: false);
        RuleFor(x => x.Type).Must(t => t is null || Types.Contains(t, StringComparer.Ordinal))
            .WithMessage("'type' must be person, organization or place.");
        RuleFor(x => x.Sort).Must(s => s is null || SortValues.Contains(s, StringComparer.Ordinal))
            .WithMessage($"'sort' must be one of: {string.Join(", ", SortValues)}.");
        RuleFor(x => x.From).Must(TimelineRules.BeDayOrNull).WithMessage("'from' must be a date such as 2013-09-01.");
        RuleFor(x => x.To).Must(TimelineRules.BeDayOrNull).WithMessage("'to' must be a date such as 2013-09-30.");
        RuleFor(x => x).Must(x => (x.From is null) == (x.To is null))
            .WithName("from").WithMessage("Give both 'from' and 'to' for a window, or neither.");
        RuleFor(x => x).Must(x => !(TimelineRules.ParseDay(x.From) is { } f && TimelineRules.ParseDay(x.To) is { } t) || f <= t)
            .WithName("from").WithMessage("'from' must not be after 'to'.");
        RuleFor(x => x).Must(x => x.Sort != "-trend" || x.From is not null)
            .WithName("sort").WithMessage("'sort=-trend' needs a from/to window.");
    }
}

/// <summary>Parses the from/to query values: a plain date means the start (from) or the end (to) of that UTC day.</summary>
public static class DateBounds
{
    public static bool TryParse(string? value, bool endOfDay, out DateTimeOffset result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            result = endOfDay ? start.Add(new TimeSpan(23, 59, 59)) : start; // no overflow on 9999-12-31
            return true;
        }

        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out result);
    }
}

/// <summary>Rules shared by the timeline queries.</summary>
public static class TimelineRules
{
    public static readonly string[] Intervals = ["day", "week", "month"];

    public static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    public static bool BeDayOrNull(string? value) => value is null || ParseDay(value) is not null;
}

/// <summary>Bucket rules shared by the article and party timelines.</summary>
public abstract class TimelineValidator<T> : AbstractValidator<T>
    where T : ITimelineQuery
{
    protected TimelineValidator()
    {
        RuleFor(x => x.Interval).Must(i => i is null || TimelineRules.Intervals.Contains(i, StringComparer.Ordinal))
            .WithMessage("'interval' must be day, week or month.");
        RuleFor(x => x.From).Must(TimelineRules.BeDayOrNull).WithMessage("'from' must be a date such as 2013-09-01.");
        RuleFor(x => x.To).Must(TimelineRules.BeDayOrNull).WithMessage("'to' must be a date such as 2013-09-30.");
        RuleFor(x => x).Must(x => !(TimelineRules.ParseDay(x.From) is { } f && TimelineRules.ParseDay(x.To) is { } t) || f <= t)
            .WithName("from").WithMessage("'from' must not be after 'to'.");
        RuleFor(x => x.Format).Must(ArticleListQueryValidator.BeListFormat).WithMessage("'format' must be json or csv.");
    }
}

public sealed class TimelineQueryValidator : TimelineValidator<TimelineQuery>
{
    public TimelineQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(Limits.QueryMaxLength).CleanText(allowNewlines: false);
        RuleFor(x => x.Q).FullTextSyntax();
        RuleFor(x => x.Party).MaximumLength(Limits.NameMaxLength);
        RuleFor(x => x.Source).MaximumLength(Limits.NameMaxLength);
    }
}

public sealed class PartyTimelineQueryValidator : TimelineValidator<PartyTimelineQuery>;

public sealed class FigureQueryValidator : AbstractValidator<FigureQuery>
{
    public static readonly string[] Kinds = ["count", "money", "percent", "percentage-points", "duration", "quantity", "ordinal", "range"];

    public FigureQueryValidator()
    {
        RuleFor(x => x.Kind).Must(k => k is null || Kinds.Contains(k, StringComparer.Ordinal))
            .WithMessage($"'kind' must be one of: {string.Join(", ", Kinds)}.");
        RuleFor(x => x.Unit).MaximumLength(Limits.NameMaxLength);
        RuleFor(x => x.Party).MaximumLength(Limits.NameMaxLength);
        RuleFor(x => x.Min).Must(v => v is null || double.IsFinite(v.Value)).WithMessage("'min' must be a finite number.");
        RuleFor(x => x.Max).Must(v => v is null || double.IsFinite(v.Value)).WithMessage("'max' must be a finite number.");
        RuleFor(x => x).Must(x => x.Min is null || x.Max is null || x.Min <= x.Max).WithName("min").WithMessage("'min' must not be above 'max'.");
    }
}

public sealed class CalendarQueryValidator : AbstractValidator<CalendarQuery>
{
    public CalendarQueryValidator()
    {
        RuleFor(x => x.From).Must(TimelineRules.BeDayOrNull).WithMessage("'from' must be a date such as 2013-09-01.");
        RuleFor(x => x.To).Must(TimelineRules.BeDayOrNull).WithMessage("'to' must be a date such as 2013-09-30.");
        RuleFor(x => x).Must(x => !(TimelineRules.ParseDay(x.From) is { } f && TimelineRules.ParseDay(x.To) is { } t) || f <= t)
            .WithName("from").WithMessage("'from' must not be after 'to'.");
    }
}

public sealed class OffsetsQueryValidator : AbstractValidator<OffsetsQuery>
{
    public OffsetsQueryValidator()
    {
        RuleFor(x => x.Offsets)
            .Must(o => o is null || o.ToLowerInvariant() is OffsetsQuery.Utf16 or OffsetsQuery.CodePoint or OffsetsQuery.Utf8)
            .WithMessage("'offsets' must be utf16, codepoint or utf8.");
    }
}

public sealed class FactsQueryValidator : AbstractValidator<FactsQuery>
{
    public FactsQueryValidator()
    {
        RuleFor(x => x.Types)
            .Must(t => string.IsNullOrWhiteSpace(t) || t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(FactsQuery.TypeNames.Contains))
            .WithMessage(x => $"Unknown fact type in '{x.Types}'. Use a comma-separated subset of figures,dates,parties,quotes.");
    }
}

public sealed class SentencesQueryValidator : AbstractValidator<SentencesQuery>
{
    public SentencesQueryValidator(ArticleAnalyzer analyzer)
    {
        RuleFor(x => x.Algorithm)
            .Must(a => a is null || analyzer.Rankers.TryGet(a, out _))
            .WithMessage(_ => $"'algorithm' must be one of: {string.Join(", ", analyzer.Rankers.Keys)}.");
    }
}
