using FluentValidation;

namespace NewsApi.Validation;

/// <summary>
/// Runs the FluentValidation validator of the endpoint's <typeparamref name="T"/> argument and answers 400
/// ValidationProblem with per-field errors before the handler runs.
/// </summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "The request has no body or parameters to validate.");
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        return result.IsValid ? await next(context) : Problems.Validation(result.ToDictionary());
    }
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}

/// <summary>The few problem answers handlers return, so they read the same everywhere.</summary>
public static class Problems
{
    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "One or more fields are invalid: see errors.");

    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string what, object id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No {what} with id {id}.");
}
