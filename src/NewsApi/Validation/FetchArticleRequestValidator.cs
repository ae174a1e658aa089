using FluentValidation;
using NewsApi.Contracts;
using NewsApi.Infrastructure;

namespace NewsApi.Validation;

public sealed class FetchArticleRequestValidator : AbstractValidator<FetchArticleRequest>
{
    public FetchArticleRequestValidator(TimeProvider clock)
    {
        RuleFor(x => x.Url).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("'url' is required.")
            .MaximumLength(Limits.UrlMaxLength)
            .Must(BeHttpUrl).WithMessage("'url' must be an absolute http or https URL.");
        RuleFor(x => x.Source).MaximumLength(Limits.NameMaxLength).CleanText(allowNewlines: false);
        RuleFor(x => x.PublishedAt).NotAbsurd(clock);
    }

    private static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);
}
