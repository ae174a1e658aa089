using FluentValidation;
using NewsApi.Contracts;
using NewsApi.Infrastructure;

namespace NewsApi.Validation;

public sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public ArticleRequestValidator(TimeProvider clock)
    {
        RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'title' is required.")
            .MaximumLength(Limits.TitleMaxLength)
            .CleanText(allowNewlines: false);
        RuleFor(x => x.Body).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'body' is required.")
            .MaximumLength(Limits.BodyMaxLength)
            .CleanText(allowNewlines: true)
            .Must(b => b!.Any(char.IsLetterOrDigit)).WithMessage("'body' must contain some text.");
        RuleFor(x => x.Url).Cascade(CascadeMode.Stop)
            .MaximumLength(Limits.UrlMaxLength)
            .Must(BeHttpUrl).WithMessage("'url' must be an absolute http or https URL.")
            .When(x => x.Url is not null);
        RuleFor(x => x.Source).MaximumLength(Limits.NameMaxLength).CleanText(allowNewlines: false);
        RuleFor(x => x.Author).MaximumLength(Limits.NameMaxLength).CleanText(allowNewlines: false);
        RuleFor(x => x.Language)
            .Matches("^[a-z]{2}(-[A-Z]{2})?$").WithMessage("'language' must be an ISO 639-1 code such as \"en\" or \"en-GB\".")
            .When(x => x.Language is not null);
        RuleFor(x => x.PublishedAt).NotAbsurd(clock);
    }

    private static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);
}

public sealed class AnalyzeRequestValidator : AbstractValidator<AnalyzeRequest>
{
    public AnalyzeRequestValidator(TimeProvider clock)
    {
        RuleFor(x => x.Text).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'text' is required.")
            .MaximumLength(Limits.BodyMaxLength)
            .CleanText(allowNewlines: true);
        RuleFor(x => x.Title).MaximumLength(Limits.TitleMaxLength).CleanText(allowNewlines: false);
        RuleFor(x => x.PublishedAt).NotAbsurd(clock);
    }
}
